package org.beamcat.preview;

/**
 * The tree of a master file.
 *
 * @param shownNodes  nodes in the tree
 * @param complete    false when a bound (nodes, children per group, depth) left something out
 */
public record NexusTree(TreeNode root, int shownNodes, boolean complete) {
}
