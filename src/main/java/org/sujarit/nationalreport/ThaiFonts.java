package org.sujarit.nationalreport;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.LayoutProcessor;

/**
 * The Sarabun faces (OFL, shipped in static/fonts) for PDF and charts.
 *
 * <p>OpenPDF places Thai vowel and tone marks correctly only through its layout processor, which must be
 * switched on — with kerning and ligatures, and with the text written as ActualText so that it copies and
 * searches as typed — before the font is created: plain OpenPDF writes ที่ as ที (see
 * docs/design/national-report.md and the shaping tests). The processor is global to the JVM, so the fonts
 * are created here, once, after switching it on, and recreated if it was reset.
 */
final class ThaiFonts {

	static final String REGULAR = "static/fonts/Sarabun_400Regular.ttf";

	static final String BOLD = "static/fonts/Sarabun_700Bold.ttf";

	private static final Object LOCK = new Object();

	private static BaseFont regular;

	private static BaseFont bold;

	private static java.awt.Font awtRegular;

	private ThaiFonts() {
	}

	/** Switches on OpenPDF's glyph layout (kerning, ligatures, mark positioning) if it is not on yet. */
	static void enableShaping() {
		synchronized (LOCK) {
			if (!LayoutProcessor.isEnabled()) {
				LayoutProcessor.enableKernLiga();
				LayoutProcessor.setWriteActualText();
			}
		}
	}

	static BaseFont regular() {
		synchronized (LOCK) {
			if (regular == null || !LayoutProcessor.supportsFont(regular)) {
				regular = create(REGULAR);
			}
			return regular;
		}
	}

	static BaseFont bold() {
		synchronized (LOCK) {
			if (bold == null || !LayoutProcessor.supportsFont(bold)) {
				bold = create(BOLD);
			}
			return bold;
		}
	}

	/** Sarabun for Java2D (charts), 1 pt; derive the size needed. */
	static java.awt.Font awt() {
		synchronized (LOCK) {
			if (awtRegular == null) {
				try (InputStream in = resource(REGULAR)) {
					awtRegular = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				catch (FontFormatException ex) {
					throw new IllegalStateException(ex);
				}
			}
			return awtRegular;
		}
	}

	private static BaseFont create(String resource) {
		enableShaping();
		try {
			// not cached by OpenPDF: a cached font made before the processor was on would stay unshaped
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = ThaiFonts.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IOException("Missing font " + name);
		}
		return in;
	}

}
