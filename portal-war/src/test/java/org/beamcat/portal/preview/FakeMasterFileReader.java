package org.beamcat.portal.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.preview.NexusTree;
import org.beamcat.preview.PlotImage;
import org.beamcat.preview.PlotOutcome;
import org.beamcat.preview.PlotRequest;
import org.beamcat.preview.Refusal;
import org.beamcat.preview.TreeNode;
import org.beamcat.preview.TreeOutcome;

/** The reader port: a one-node tree and a tiny "PNG" for any file, or the refusal set; every path recorded. */
final class FakeMasterFileReader implements MasterFileReader {

    final List<Path> read = new ArrayList<>();
    final List<PlotRequest> requests = new ArrayList<>();
    Refusal treeRefusal;
    Refusal plotRefusal;

    @Override
    public TreeOutcome tree(Path masterFile) {
        read.add(masterFile);
        if (treeRefusal != null) {
            return new TreeOutcome.Refused(treeRefusal);
        }
        TreeNode root = new TreeNode("", "/", TreeNode.Kind.GROUP, "NXroot", null, List.of(), List.of(), null, null,
                List.of(), 0, null);
        return new TreeOutcome.Shown(new NexusTree(root, 1, true));
    }

    @Override
    public PlotOutcome plot(Path masterFile, PlotRequest request) {
        read.add(masterFile);
        requests.add(request);
        if (plotRefusal != null) {
            return new PlotOutcome.Refused(plotRefusal);
        }
        return new PlotOutcome.Rendered(new PlotImage(new byte[] {1, 2, 3}, request.width(), request.height(),
                "/entry/data/signal", List.of(5L), PlotImage.Kind.LINE, request.frame(), false, 40));
    }
}
