package org.sujarit.nationalreport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The CPI charts of the web dashboard (org.sujarit.cpi.web.CpiCharts: the same series and colours) drawn
 * with Java2D into PNG for the printed report, their labels in Sarabun (Java2D's text layout shapes Thai).
 */
final class ReportCharts {

	static final int WIDTH = 1600;

	static final int HISTORY_HEIGHT = 760;

	private static final int BAR_HEIGHT = 64;

	private static final Color BLUE = new Color(0x0b, 0x5c, 0xad);

	private static final Color RED = new Color(0xa4, 0x16, 0x1a);

	private static final Color BAND = new Color(11, 92, 173, 38);

	private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

	private ReportCharts() {
	}

	/** One year of Thailand's history: score, its 90% interval and rank. */
	record Point(String label, int score, double ciLow, double ciHigh, int rank) {
	}

	/** One bar: a country's score, highlighted for Thailand. */
	record Bar(String label, int score, boolean highlighted) {
	}

	/** Score (left axis) with its 90% confidence band, and rank (right axis, best at the top). */
	static byte[] history(List<Point> points, String scoreLabel, String rankLabel, ReportText text) {
		BufferedImage image = new BufferedImage(WIDTH, HISTORY_HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = canvas(image);
		int left = 130;
		int right = WIDTH - 130;
		int top = 90;
		int bottom = HISTORY_HEIGHT - 110;
		double scoreMin = Math.min(25, points.stream().mapToDouble(Point::ciLow).min().orElse(25)) - 2;
		double scoreMax = Math.max(45, points.stream().mapToDouble(Point::ciHigh).max().orElse(45)) + 2;
		scoreMin = Math.floor(scoreMin / 5) * 5;
		scoreMax = Math.ceil(scoreMax / 5) * 5;
		int rankBest = points.stream().mapToInt(Point::rank).min().orElse(1);
		int rankWorst = points.stream().mapToInt(Point::rank).max().orElse(180);
		double rankMin = Math.max(1, Math.floor((rankBest - 10) / 10.0) * 10);
		double rankMax = Math.ceil((rankWorst + 10) / 10.0) * 10;
		Font labelFont = font(26);
		for (double s = scoreMin; s <= scoreMax; s += 5) {
			int y = y(s, scoreMin, scoreMax, top, bottom);
			g.setColor(GRID);
			g.drawLine(left, y, right, y);
			label(g, text.digits(Long.toString(Math.round(s))), labelFont, left - 14, y, Align.RIGHT, BLUE);
		}
		for (int i = 0; i <= 4; i++) {
			double r = rankMin + (rankMax - rankMin) * i / 4;
			int y = y(r, rankMax, rankMin, top, bottom);
			label(g, text.digits(Long.toString(Math.round(r))), labelFont, right + 14, y, Align.LEFT, RED);
		}
		int n = points.size();
		double step = n > 1 ? (right - left - 60) / (double) (n - 1) : 0;
		Path2D band = new Path2D.Double();
		for (int i = 0; i < n; i++) {
			double x = left + 30 + step * i;
			double y = y(points.get(i).ciHigh(), scoreMin, scoreMax, top, bottom);
			if (i == 0) {
				band.moveTo(x, y);
			}
			else {
				band.lineTo(x, y);
			}
		}
		for (int i = n - 1; i >= 0; i--) {
			band.lineTo(left + 30 + step * i, y(points.get(i).ciLow(), scoreMin, scoreMax, top, bottom));
		}
		band.closePath();
		g.setColor(BAND);
		g.fill(band);
		Path2D score = new Path2D.Double();
		Path2D rank = new Path2D.Double();
		for (int i = 0; i < n; i++) {
			Point p = points.get(i);
			double x = left + 30 + step * i;
			double ys = y(p.score(), scoreMin, scoreMax, top, bottom);
			double yr = y(p.rank(), rankMax, rankMin, top, bottom);
			if (i == 0) {
				score.moveTo(x, ys);
				rank.moveTo(x, yr);
			}
			else {
				score.lineTo(x, ys);
				rank.lineTo(x, yr);
			}
			label(g, p.label(), labelFont, (int) x, bottom + 36, Align.CENTER, Color.DARK_GRAY);
		}
		g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] { 18f, 12f }, 0f));
		g.setColor(RED);
		g.draw(rank);
		g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.setColor(BLUE);
		g.draw(score);
		for (int i = 0; i < n; i++) {
			Point p = points.get(i);
			int x = (int) Math.round(left + 30 + step * i);
			int ys = y(p.score(), scoreMin, scoreMax, top, bottom);
			int yr = y(p.rank(), rankMax, rankMin, top, bottom);
			g.setColor(BLUE);
			g.fillOval(x - 8, ys - 8, 16, 16);
			label(g, text.digits(Integer.toString(p.score())), font(24), x, ys - 24, Align.CENTER, BLUE);
			g.setColor(RED);
			g.fillRect(x - 7, yr - 7, 14, 14);
			label(g, text.digits(Integer.toString(p.rank())), font(24), x, yr + 30, Align.CENTER, RED);
		}
		g.setColor(Color.GRAY);
		g.drawLine(left, bottom, right, bottom);
		legend(g, List.of(scoreLabel, rankLabel), List.of(BLUE, RED), 40);
		return png(image, g);
	}

	/** Horizontal bars of one year's scores (0–100), Thailand highlighted. */
	static byte[] comparison(List<Bar> bars, ReportText text) {
		int rowHeight = BAR_HEIGHT;
		int height = comparisonHeight(bars.size());
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = canvas(image);
		int left = 330;
		int right = WIDTH - 90;
		int top = 40;
		int bottom = top + rowHeight * bars.size();
		Font labelFont = font(28);
		for (int s = 0; s <= 100; s += 20) {
			int x = left + (right - left) * s / 100;
			g.setColor(GRID);
			g.drawLine(x, top, x, bottom);
			label(g, text.digits(Integer.toString(s)), font(24), x, bottom + 40, Align.CENTER, Color.DARK_GRAY);
		}
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = top + rowHeight * i;
			int x = left + (right - left) * bar.score() / 100;
			g.setColor(bar.highlighted() ? RED : BLUE);
			g.fillRect(left, y + 10, x - left, rowHeight - 20);
			label(g, bar.label(), labelFont, left - 16, y + rowHeight / 2, Align.RIGHT, Color.BLACK);
			label(g, text.digits(Integer.toString(bar.score())), labelFont, x + 12, y + rowHeight / 2, Align.LEFT, Color.BLACK);
		}
		g.setColor(Color.GRAY);
		g.drawLine(left, top, left, bottom);
		return png(image, g);
	}

	/** The height of a comparison chart of so many bars. */
	static int comparisonHeight(int bars) {
		return 40 + BAR_HEIGHT * bars + 90;
	}

	private static Graphics2D canvas(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		return g;
	}

	private static void legend(Graphics2D g, List<String> labels, List<Color> colors, int y) {
		int x = 140;
		for (int i = 0; i < labels.size(); i++) {
			g.setColor(colors.get(i));
			g.fillRect(x, y - 10, 40, 20);
			TextLayout layout = new TextLayout(labels.get(i), font(26), g.getFontRenderContext());
			g.setColor(Color.BLACK);
			layout.draw(g, x + 52, y + 10);
			x += 52 + (int) layout.getAdvance() + 60;
		}
	}

	private enum Align {

		LEFT, CENTER, RIGHT

	}

	/** Text centred vertically on {@code y}. */
	private static void label(Graphics2D g, String value, Font font, int x, int y, Align align, Color color) {
		TextLayout layout = new TextLayout(value, font, g.getFontRenderContext());
		float width = layout.getAdvance();
		float left = switch (align) {
			case LEFT -> x;
			case CENTER -> x - width / 2;
			case RIGHT -> x - width;
		};
		g.setColor(color);
		layout.draw(g, left, y + (layout.getAscent() - layout.getDescent()) / 2);
	}

	private static int y(double value, double min, double max, int top, int bottom) {
		return (int) Math.round(bottom - (value - min) / (max - min) * (bottom - top));
	}

	private static Font font(float size) {
		return ThaiFonts.awt().deriveFont(size);
	}

	private static byte[] png(BufferedImage image, Graphics2D g) {
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
