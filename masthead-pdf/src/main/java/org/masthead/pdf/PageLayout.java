package org.masthead.pdf;

import java.util.List;

/**
 * One page's layout: the head above the masthead or header rule, the items' areas in reading order, and
 * the foot below the last rule (the editors' line).
 */
record PageLayout(float width, float height, float body, List<TextBlock> head, List<Area> areas, List<TextBlock> foot) {
}
