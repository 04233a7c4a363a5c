package org.sujarit.nationalreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.LayoutProcessor;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Thai vowel and tone marks sit where they belong in the PDF: a line with every kind of stacked mark,
 * written by OpenPDF with the report's fonts and rendered by PDFBox, matches — pixel for pixel, within
 * anti-aliasing — the same line drawn by Java2D's TextLayout (which shapes Thai with the same font). The
 * negative control shows the comparison has teeth: the same line from plain OpenPDF (a font created with
 * the layout processor off) does not match. The renderings are saved in target/national-report.
 */
class ThaiShapingUnitTests {

	static final float SIZE = 40;

	static final float SCALE = 2;

	static final Rectangle PAGE = new Rectangle(520, 100);

	/** Ink pixels of one rendering with no ink within 2 pixels in the other. */
	static final int TOLERANCE = 40;

	@Test
	void theReportFontPlacesEveryMarkAsJava2dDoes() throws Exception {
		BufferedImage pdf = render(ThaiFonts.regular());
		BufferedImage reference = reference();
		save(pdf, "shaping-openpdf.png");
		save(reference, "shaping-java2d.png");
		assertThat(unmatched(pdf, reference)).isLessThanOrEqualTo(TOLERANCE);
		assertThat(unmatched(reference, pdf)).isLessThanOrEqualTo(TOLERANCE);
		assertThat(ink(reference)).isGreaterThan(5_000);
	}

	@Test
	void plainOpenPdfMisplacesTheMarksAndTheComparisonSeesIt() throws Exception {
		BaseFont plain;
		// a font created while the layout processor is off is never laid out: OpenPDF's default behaviour
		synchronized (ThaiShapingUnitTests.class) {
			LayoutProcessor.disable();
			try {
				plain = BaseFont.createFont(ThaiFonts.REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
			}
			finally {
				ThaiFonts.enableShaping();
			}
		}
		assertThat(LayoutProcessor.supportsFont(plain)).isFalse();
		BufferedImage pdf = render(plain);
		save(pdf, "shaping-plain-openpdf.png");
		BufferedImage reference = reference();
		assertThat(unmatched(reference, pdf) + unmatched(pdf, reference)).isGreaterThan(10 * TOLERANCE);
		// and the report's fonts are shaped again afterwards
		assertThat(unmatched(reference(), render(ThaiFonts.regular()))).isLessThanOrEqualTo(TOLERANCE);
	}

	@Test
	void theShapedTextStillReadsAsTyped() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf(ThaiFonts.regular()))) {
			assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(TestRounds.MARKS);
		}
	}

	static byte[] pdf(BaseFont font) {
		Document document = new Document(PAGE, 0, 0, 0, 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.open();
		ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(TestRounds.MARKS, new Font(font, SIZE)),
				20, 40, 0);
		document.close();
		return out.toByteArray();
	}

	static BufferedImage render(BaseFont font) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf(font))) {
			return new PDFRenderer(document).renderImage(0, SCALE);
		}
	}

	/** The line as Java2D lays it out, at the same place and size. */
	static BufferedImage reference() {
		java.awt.Font font = ThaiFonts.awt()
			.deriveFont(Map.of(TextAttribute.SIZE, SIZE * SCALE, TextAttribute.KERNING, TextAttribute.KERNING_ON,
					TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
		BufferedImage image = new BufferedImage(Math.round(PAGE.getWidth() * SCALE), Math.round(PAGE.getHeight() * SCALE),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		new TextLayout(TestRounds.MARKS, font, g.getFontRenderContext()).draw(g, 20 * SCALE, (PAGE.getHeight() - 40) * SCALE);
		g.dispose();
		return image;
	}

	static boolean dark(BufferedImage image, int x, int y) {
		int rgb = image.getRGB(x, y);
		return ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3 < 128;
	}

	static int ink(BufferedImage image) {
		int n = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				n += dark(image, x, y) ? 1 : 0;
			}
		}
		return n;
	}

	/** Ink pixels of {@code a} with no ink of {@code b} within 2 pixels. */
	static int unmatched(BufferedImage a, BufferedImage b) {
		int n = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				if (dark(a, x, y) && !inkNear(b, x, y, 2)) {
					n++;
				}
			}
		}
		return n;
	}

	private static boolean inkNear(BufferedImage image, int x, int y, int radius) {
		for (int dy = -radius; dy <= radius; dy++) {
			for (int dx = -radius; dx <= radius; dx++) {
				int xx = x + dx;
				int yy = y + dy;
				if (xx >= 0 && yy >= 0 && xx < image.getWidth() && yy < image.getHeight() && dark(image, xx, yy)) {
					return true;
				}
			}
		}
		return false;
	}

	static void save(BufferedImage image, String name) throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "national-report"));
		ImageIO.write(image, "png", dir.resolve(name).toFile());
	}

}
