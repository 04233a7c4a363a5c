package org.sujarit.platform.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Response headers of the open-data API ({@code /api/v1/public/**}, see {@link OpenDataConfiguration}):
 * public caching, and CSV downloads.
 */
public final class OpenData {

	/** RFC 4180's media type, UTF-8, with a header row. */
	public static final String CSV = "text/csv;charset=UTF-8;header=present";

	private OpenData() {
	}

	/** Anyone (browsers, proxies) may cache the response for the duration. */
	public static CacheControl cacheFor(Duration duration) {
		return CacheControl.maxAge(duration).cachePublic();
	}

	/**
	 * Prepares a CSV download. A streamed file gets no ETag ({@code streamed}: the ETag filter would hold
	 * the whole file in memory to hash it).
	 */
	public static void csv(HttpServletRequest request, HttpServletResponse response, String filename, Duration cache,
			boolean streamed) {
		if (streamed) {
			ShallowEtagHeaderFilter.disableContentCaching(request);
		}
		response.setContentType(CSV);
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader("Cache-Control", cacheFor(cache).getHeaderValue());
	}

}
