package org.sujarit.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a form out of a page the way a browser would submit it: hidden and text inputs, textareas and the
 * selected option of each select, so that a simulated save sends back everything the page showed.
 */
final class HtmlForm {

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);

	private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

	private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);

	private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w\\-\\[\\].:]+)(?:\\s*=\\s*\"([^\"]*)\")?");

	private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

	private final Map<String, String> fields = new LinkedHashMap<>();

	private HtmlForm() {
	}

	/** The first POST form whose action is exactly {@code action}, or null. */
	static HtmlForm find(String html, String action) {
		Matcher form = FORM.matcher(html);
		while (form.find()) {
			Map<String, String> attributes = attributes(form.group(1));
			if ("post".equalsIgnoreCase(attributes.get("method")) && action.equals(attributes.get("action"))) {
				HtmlForm result = new HtmlForm();
				result.read(form.group(2));
				return result;
			}
		}
		return null;
	}

	/** The value of the first hidden input with this name anywhere in the page, or null. */
	static String hiddenValue(String html, String name) {
		Matcher input = INPUT.matcher(html);
		while (input.find()) {
			Map<String, String> attributes = attributes(input.group(1));
			if (name.equals(attributes.get("name"))) {
				return attributes.get("value");
			}
		}
		return null;
	}

	private void read(String body) {
		Matcher input = INPUT.matcher(body);
		while (input.find()) {
			Map<String, String> a = attributes(input.group(1));
			String type = a.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
			if (a.get("name") == null || type.equals("file") || type.equals("submit") || type.equals("button")
					|| ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked"))) {
				continue;
			}
			fields.put(a.get("name"), a.getOrDefault("value", ""));
		}
		Matcher textarea = TEXTAREA.matcher(body);
		while (textarea.find()) {
			Map<String, String> a = attributes(textarea.group(1));
			if (a.get("name") != null) {
				String text = unescape(textarea.group(2));
				// browsers drop one newline right after the opening tag
				fields.put(a.get("name"), text.startsWith("\n") ? text.substring(1) : text);
			}
		}
		Matcher select = SELECT.matcher(body);
		while (select.find()) {
			Map<String, String> a = attributes(select.group(1));
			String value = "";
			Matcher option = OPTION.matcher(select.group(2));
			boolean first = true;
			while (option.find()) {
				Map<String, String> o = attributes(option.group(1));
				if (first || o.containsKey("selected")) {
					value = o.getOrDefault("value", "");
				}
				if (o.containsKey("selected")) {
					break;
				}
				first = false;
			}
			if (a.get("name") != null) {
				fields.put(a.get("name"), value);
			}
		}
	}

	String get(String name) {
		return fields.get(name);
	}

	HtmlForm set(String name, String value) {
		fields.put(name, value);
		return this;
	}

	String encoded() {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		});
		return body.toString();
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher m = ATTRIBUTE.matcher(text);
		while (m.find()) {
			attributes.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2) == null ? "" : unescape(m.group(2)));
		}
		return attributes;
	}

	static String unescape(String text) {
		if (text.indexOf('&') < 0) {
			return text;
		}
		Matcher m = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (m.find()) {
			String entity = m.group(1);
			String replacement = switch (entity) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				default -> new String(Character.toChars(entity.startsWith("#x") || entity.startsWith("#X")
						? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
			};
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

}
