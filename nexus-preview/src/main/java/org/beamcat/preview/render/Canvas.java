package org.beamcat.preview.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A white RGB image with the plot's frame, title and labels; headless java.awt only. */
final class Canvas {

    static final int LEFT = 70;
    static final int RIGHT = 20;
    static final int TOP = 34;
    static final int BOTTOM = 56;

    final BufferedImage image;
    final Graphics2D g;
    final int width;
    final int height;

    Canvas(int width, int height) {
        this.width = width;
        this.height = height;
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    void texts(PlotText text, int plotRight, int plotBottom) {
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(Font.BOLD, 14f));
        centred(fit(text.title(), width - 20), (LEFT + plotRight) / 2, 20);
        g.setFont(g.getFont().deriveFont(Font.PLAIN, 12f));
        centred(fit(text.xLabel(), plotRight - LEFT), (LEFT + plotRight) / 2, plotBottom + 34);
        if (!text.note().isEmpty()) {
            g.setColor(Color.DARK_GRAY);
            g.drawString(fit(text.note(), width - 20), 6, height - 6);
            g.setColor(Color.BLACK);
        }
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        centred(fit(text.yLabel(), plotBottom - TOP), -(TOP + plotBottom) / 2, 14);
        g.setTransform(saved);
    }

    void centred(String text, int x, int baseline) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }

    String fit(String text, int pixels) {
        String shown = text;
        while (shown.length() > 1 && g.getFontMetrics().stringWidth(shown) > pixels) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }

    byte[] png() {
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory: not expected
        }
    }
}
