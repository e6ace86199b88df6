package org.beamcat.portal.cart.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.beamcat.portal.cart.CartItem;
import org.beamcat.portal.cart.ItemKind;

/**
 * "Mint a DOI for this selection": the cart's datasets, by investigation (a data-collection DOI is for datasets of
 * one investigation), as links to landing-war's mint page with the investigation and the datasets chosen.
 */
public final class MintLinks {

    /** The mint page of landing-war, as browsers reach it. */
    public static final String MINT_PAGE = "/doi/mint-collection.xhtml";

    /** One link: the investigation, its datasets in the cart, and the URL. */
    public record MintLink(long investigationId, int datasetCount, String names, String url) {
    }

    private MintLinks() {
    }

    public static List<MintLink> of(List<CartItem> items) {
        Map<Long, List<CartItem>> byInvestigation = new LinkedHashMap<>();
        for (CartItem item : items) {
            if (item.kind() == ItemKind.DATASET) {
                byInvestigation.computeIfAbsent(item.investigationId(), k -> new ArrayList<>()).add(item);
            }
        }
        List<MintLink> links = new ArrayList<>();
        byInvestigation.forEach((investigation, datasets) -> links.add(new MintLink(investigation, datasets.size(),
                datasets.stream().map(CartItem::name).limit(5).collect(Collectors.joining(", "))
                        + (datasets.size() > 5 ? ", …" : ""),
                MINT_PAGE + "?investigation=" + investigation + "&datasets="
                        + datasets.stream().map(d -> String.valueOf(d.id())).collect(Collectors.joining(",")))));
        return links;
    }
}
