package org.sujarit.opendata.explorer.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.sujarit.opendata.explorer.Share;

/**
 * A squarified treemap (Bruls, Huizing and van Wijk) of shares, drawn by the page as SVG rectangles: each
 * plan's or budget group's area is its share of the budget, and the rectangles stay close to squares so
 * that small ones remain readable. Server-side: no script, and the page's table carries the same numbers.
 */
final class Treemap {

	/** Colours with at least 4.5:1 contrast against white labels. */
	private static final List<String> COLOURS = List.of("#0b5cad", "#1e6b35", "#8a5300", "#6b21a8", "#a4161a",
			"#0f766e", "#374151", "#9d174d", "#1d4ed8", "#4d7c0f", "#b45309", "#155e75");

	/** One rectangle, in the SVG's user units. */
	record Tile(Share share, double x, double y, double width, double height, String colour) {

		/** Whether the label fits inside (otherwise the tile's title and the table tell). */
		public boolean labelled() {
			return width >= 90 && height >= 34;
		}

	}

	private Treemap() {
	}

	static List<Tile> layout(List<Share> shares, double width, double height) {
		List<Share> positive = shares.stream().filter(s -> s.amount().signum() > 0).toList();
		double total = positive.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
		List<Tile> tiles = new ArrayList<>();
		if (total <= 0) {
			return tiles;
		}
		double scale = width * height / total;
		List<double[]> areas = new ArrayList<>();
		for (Share share : positive) {
			areas.add(new double[] { share.amount().doubleValue() * scale });
		}
		squarify(positive, areas, 0, 0, 0, width, height, tiles);
		return tiles;
	}

	private static void squarify(List<Share> shares, List<double[]> areas, int from, double x, double y, double w,
			double h, List<Tile> tiles) {
		if (from >= shares.size()) {
			return;
		}
		double side = Math.min(w, h);
		int end = from + 1;
		double rowArea = areas.get(from)[0];
		while (end < shares.size()) {
			double next = areas.get(end)[0];
			if (worst(areas, from, end, rowArea, side) < worst(areas, from, end + 1, rowArea + next, side)) {
				break;
			}
			rowArea += next;
			end++;
		}
		double thickness = rowArea / side;
		double offset = 0;
		for (int i = from; i < end; i++) {
			double length = areas.get(i)[0] / thickness;
			String colour = COLOURS.get(i % COLOURS.size());
			tiles.add(w >= h ? new Tile(shares.get(i), x, y + offset, thickness, length, colour)
					: new Tile(shares.get(i), x + offset, y, length, thickness, colour));
			offset += length;
		}
		if (w >= h) {
			squarify(shares, areas, end, x + thickness, y, w - thickness, h, tiles);
		}
		else {
			squarify(shares, areas, end, x, y + thickness, w, h - thickness, tiles);
		}
	}

	/** The worst aspect ratio of a row of the areas [from, end) laid along a side. */
	private static double worst(List<double[]> areas, int from, int end, double rowArea, double side) {
		double max = 0;
		double min = Double.MAX_VALUE;
		for (int i = from; i < end; i++) {
			max = Math.max(max, areas.get(i)[0]);
			min = Math.min(min, areas.get(i)[0]);
		}
		double s2 = side * side;
		double r2 = rowArea * rowArea;
		return Math.max(s2 * max / r2, r2 / (s2 * min));
	}

}
