package org.sujarit.opendata.publish.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RDF graph written as Turtle or JSON-LD (the DCAT catalogue needs nothing more): IRIs, blank
 * nodes ({@code _:name}), literals with a language or a datatype.
 */
final class Rdf {

	static final Map<String, String> PREFIXES = prefixes();

	private final List<Triple> triples = new ArrayList<>();

	sealed interface Term permits Iri, Literal {
	}

	/** An IRI, or a blank node when it starts with {@code _:}. */
	record Iri(String value) implements Term {
	}

	record Literal(String value, String language, String datatype) implements Term {
	}

	record Triple(String subject, String predicate, Term object) {
	}

	static Iri iri(String value) {
		return new Iri(value);
	}

	static Literal thai(String text) {
		return new Literal(text, "th", null);
	}

	static Literal typed(String text, String datatype) {
		return new Literal(text, null, expand(datatype));
	}

	static Literal plain(String text) {
		return new Literal(text, null, null);
	}

	Rdf add(String subject, String predicate, Term object) {
		if (object instanceof Literal literal && literal.value() == null) {
			return this;
		}
		triples.add(new Triple(subject, expand(predicate), object instanceof Iri i ? new Iri(expand(i.value())) : object));
		return this;
	}

	Rdf type(String subject, String type) {
		return add(subject, "rdf:type", iri(type));
	}

	String turtle() {
		StringBuilder out = new StringBuilder();
		PREFIXES.forEach((prefix, namespace) -> out.append("@prefix ").append(prefix).append(": <").append(namespace)
			.append("> .\n"));
		String current = null;
		for (Triple triple : triples) {
			if (!triple.subject().equals(current)) {
				if (current != null) {
					out.append(" .\n");
				}
				out.append('\n').append(node(triple.subject()));
				current = triple.subject();
			}
			else {
				out.append(" ;");
			}
			out.append("\n    ").append(compact(triple.predicate())).append(' ').append(turtle(triple.object()));
		}
		if (current != null) {
			out.append(" .\n");
		}
		return out.toString();
	}

	Map<String, Object> jsonLd() {
		Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
		for (Triple triple : triples) {
			Map<String, Object> node = nodes.computeIfAbsent(triple.subject(), s -> {
				Map<String, Object> created = new LinkedHashMap<>();
				created.put("@id", s);
				return created;
			});
			String predicate = compact(triple.predicate());
			if (predicate.equals("rdf:type")) {
				@SuppressWarnings("unchecked")
				List<String> types = (List<String>) node.computeIfAbsent("@type", k -> new ArrayList<String>());
				types.add(compact(((Iri) triple.object()).value()));
				continue;
			}
			@SuppressWarnings("unchecked")
			List<Object> values = (List<Object>) node.computeIfAbsent(predicate, k -> new ArrayList<>());
			values.add(switch (triple.object()) {
				case Iri iri -> Map.of("@id", iri.value());
				case Literal literal when literal.language() != null ->
					Map.of("@value", literal.value(), "@language", literal.language());
				case Literal literal when literal.datatype() != null ->
					Map.of("@value", literal.value(), "@type", literal.datatype());
				case Literal literal -> Map.of("@value", literal.value());
			});
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", PREFIXES);
		document.put("@graph", List.copyOf(nodes.values()));
		return document;
	}

	private static String turtle(Term term) {
		return switch (term) {
			case Iri iri -> node(iri.value());
			case Literal literal -> {
				String quoted = "\"" + escape(literal.value()) + "\"";
				if (literal.language() != null) {
					yield quoted + "@" + literal.language();
				}
				yield literal.datatype() == null ? quoted : quoted + "^^" + node(literal.datatype());
			}
		};
	}

	private static String node(String iri) {
		return iri.startsWith("_:") ? iri : "<" + iri.replace(">", "%3E").replace(" ", "%20") + ">";
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '"' -> out.append("\\\"");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** "dct:title" → the full IRI; anything else unchanged. */
	static String expand(String name) {
		int colon = name.indexOf(':');
		if (colon > 0 && PREFIXES.containsKey(name.substring(0, colon)) && !name.startsWith("_:")) {
			return PREFIXES.get(name.substring(0, colon)) + name.substring(colon + 1);
		}
		return name;
	}

	private static String compact(String iri) {
		for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
			if (iri.startsWith(prefix.getValue()) && iri.substring(prefix.getValue().length()).matches("[A-Za-z][A-Za-z0-9]*")) {
				return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
			}
		}
		return iri;
	}

	private static Map<String, String> prefixes() {
		Map<String, String> prefixes = new LinkedHashMap<>();
		prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
		prefixes.put("dcat", "http://www.w3.org/ns/dcat#");
		prefixes.put("dct", "http://purl.org/dc/terms/");
		prefixes.put("foaf", "http://xmlns.com/foaf/0.1/");
		prefixes.put("vcard", "http://www.w3.org/2006/vcard/ns#");
		prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		return java.util.Collections.unmodifiableMap(prefixes);
	}

}
