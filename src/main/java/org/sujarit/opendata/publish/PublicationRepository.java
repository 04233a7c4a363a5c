package org.sujarit.opendata.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.opendata.DocumentType;

@Repository
class PublicationRepository {

	private static final String COLUMNS = """
			p.id, p.portal_id, p.document_id, p.agency_id, p.lao_code, p.lao_name_th, p.province_name_th,
			p.fiscal_year, p.document_type, p.slug, p.title_th, p.description_th, p.owner_org, p.fields::text as fields,
			p.status, p.portal_dataset_url, p.error_code, p.error_args::text as error_args, p.created_by, p.created_at
			""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	PublicationRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(Publication publication, String errorDetail, String requestKey) {
		return jdbc.sql("""
				insert into opendata_publication (portal_id, document_id, agency_id, lao_code, lao_name_th,
				    province_name_th, fiscal_year, document_type, slug, title_th, description_th, owner_org, fields,
				    status, portal_dataset_url, error_code, error_args, error_detail, created_by, request_key)
				values (:portalId, :documentId, :agencyId, :laoCode, :laoNameTh, :provinceNameTh, :fiscalYear,
				    :documentType, :slug, :titleTh, :descriptionTh, :ownerOrg, cast(:fields as jsonb), :status,
				    :portalDatasetUrl, :errorCode, cast(:errorArgs as jsonb), :errorDetail, :createdBy, :requestKey)
				returning id
				""")
			.param("portalId", publication.portalId())
			.param("documentId", publication.documentId())
			.param("agencyId", publication.agencyId())
			.param("laoCode", publication.laoCode())
			.param("laoNameTh", publication.laoNameTh())
			.param("provinceNameTh", publication.provinceNameTh())
			.param("fiscalYear", publication.fiscalYear())
			.param("documentType", publication.documentType().name())
			.param("slug", publication.slug())
			.param("titleTh", publication.titleTh())
			.param("descriptionTh", publication.descriptionTh())
			.param("ownerOrg", publication.ownerOrg())
			.param("fields", write(publication.fields()))
			.param("status", publication.status().name())
			.param("portalDatasetUrl", publication.portalDatasetUrl())
			.param("errorCode", publication.errorCode())
			.param("errorArgs", publication.errorCode() == null ? null : write(publication.errorArgs()))
			.param("errorDetail", errorDetail)
			.param("createdBy", publication.createdBy())
			.param("requestKey", requestKey)
			.query(Long.class)
			.single();
	}

	void insertResource(long publicationId, Publication.PublishedResource resource) {
		jdbc.sql("""
				insert into opendata_publication_resource (publication_id, position, name, format, media_type,
				    is_primary, file_id, size, sha256, portal_resource_id, portal_url)
				values (:publicationId, :position, :name, :format, :mediaType, :primary, :fileId, :size, :sha256,
				    :portalResourceId, :portalUrl)
				""")
			.param("publicationId", publicationId)
			.param("position", resource.position())
			.param("name", resource.name())
			.param("format", resource.format())
			.param("mediaType", resource.mediaType())
			.param("primary", resource.primary())
			.param("fileId", UUID.fromString(resource.fileId()))
			.param("size", resource.size())
			.param("sha256", resource.sha256())
			.param("portalResourceId", resource.portalResourceId())
			.param("portalUrl", resource.portalUrl())
			.update();
	}

	Optional<Publication> find(long id) {
		return withResources(jdbc.sql("select " + COLUMNS + " from opendata_publication p where p.id = :id")
			.param("id", id)
			.query(this::publication)
			.list()).stream().findFirst();
	}

	/** The publications of one document, newest first. */
	List<Publication> ofDocument(long documentId) {
		return withResources(jdbc.sql("select " + COLUMNS + """
				from opendata_publication p where p.document_id = :documentId
				order by p.created_at desc, p.id desc
				""").param("documentId", documentId).query(this::publication).list());
	}

	/** The publications one publish request made (a repeated request answers with them). */
	List<Publication> ofRequest(String requestKey) {
		return withResources(jdbc.sql("select " + COLUMNS + """
				from opendata_publication p where p.request_key = :key
				order by p.id
				""").param("key", requestKey).query(this::publication).list());
	}

	/** Newest first; {@code agencyId} null for every agency. */
	List<Publication> recent(Long agencyId, int limit) {
		return withResources(jdbc.sql("select " + COLUMNS + """
				from opendata_publication p
				where cast(:agencyId as bigint) is null or p.agency_id = :agencyId
				order by p.created_at desc, p.id desc
				limit :limit
				""").param("agencyId", agencyId).param("limit", limit).query(this::publication).list());
	}

	/**
	 * Sujarit's own catalogue: the latest successful publication of each dataset, newest first.
	 * @param text words in the title, description or local government's name; null for all
	 * @param filters exact matches: {@code organization} (lao-{code}), {@code name}, {@code fiscal_year},
	 * {@code document_type}
	 */
	List<Publication> catalogue(String text, Map<String, String> filters, int limit, int offset) {
		return withResources(jdbc.sql("with latest as (" + LATEST + ") select " + COLUMNS + """
				from latest p
				""" + WHERE + """
				order by p.created_at desc, p.id desc
				limit :limit offset :offset
				""")
			.params(catalogueParameters(text, filters))
			.param("limit", limit)
			.param("offset", offset)
			.query(this::publication)
			.list());
	}

	int catalogueCount(String text, Map<String, String> filters) {
		return jdbc.sql("with latest as (" + LATEST + ") select count(*) from latest p " + WHERE)
			.params(catalogueParameters(text, filters))
			.query(Integer.class)
			.single();
	}

	/** Local governments with at least one dataset in the catalogue, and how many. */
	List<CatalogueOrganization> organizations() {
		return jdbc.sql("with latest as (" + LATEST + """
				)
				select lao_code, min(lao_name_th) as lao_name_th, min(province_name_th) as province_name_th,
				       count(*) as datasets
				from latest group by lao_code order by lao_code
				""")
			.query((rs, n) -> new CatalogueOrganization(rs.getString("lao_code"), rs.getString("lao_name_th"),
					rs.getString("province_name_th"), rs.getInt("datasets")))
			.list();
	}

	private static final String LATEST = """
			select distinct on (slug) * from opendata_publication where status = 'PUBLISHED'
			order by slug, created_at desc, id desc
			""";

	private static final String WHERE = """
			where (cast(:text as text) is null
			       or p.title_th ilike '%' || :text || '%' or p.description_th ilike '%' || :text || '%'
			       or p.lao_name_th ilike '%' || :text || '%' or p.slug ilike '%' || :text || '%')
			  and (cast(:laoCode as text) is null or p.lao_code = :laoCode)
			  and (cast(:name as text) is null or p.slug = :name)
			  and (cast(:fiscalYear as int) is null or p.fiscal_year = :fiscalYear)
			  and (cast(:documentType as text) is null or p.document_type = :documentType)
			""";

	private static Map<String, Object> catalogueParameters(String text, Map<String, String> filters) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("text", text == null || text.isBlank() ? null : text.strip());
		String organization = filters.get("organization");
		parameters.put("laoCode", organization == null ? null : organization.replaceFirst("^lao-", ""));
		parameters.put("name", filters.get("name"));
		Integer year = null;
		if (filters.get("fiscal_year") != null && filters.get("fiscal_year").matches("\\d{4}")) {
			year = Integer.valueOf(filters.get("fiscal_year"));
		}
		parameters.put("fiscalYear", year);
		String type = filters.get("document_type");
		parameters.put("documentType", type == null ? null : type.toUpperCase(java.util.Locale.ROOT));
		return parameters;
	}

	/** A file Sujarit serves: only files of some publication, so no other stored file can be fetched. */
	Optional<Publication.PublishedResource> publishedResource(long resourceId) {
		return jdbc.sql("""
				select r.* from opendata_publication_resource r
				join opendata_publication p on p.id = r.publication_id
				where r.id = :id and p.status = 'PUBLISHED'
				""").param("id", resourceId).query(PublicationRepository::resource).optional();
	}

	private List<Publication> withResources(List<Publication> publications) {
		if (publications.isEmpty()) {
			return publications;
		}
		Collection<Long> ids = publications.stream().map(Publication::id).toList();
		Map<Long, List<Publication.PublishedResource>> byPublication = new LinkedHashMap<>();
		jdbc.sql("select * from opendata_publication_resource where publication_id in (:ids) order by publication_id, position")
			.param("ids", ids)
			.query(rs -> {
				byPublication.computeIfAbsent(rs.getLong("publication_id"), k -> new ArrayList<>())
					.add(resource(rs, 0));
			});
		return publications.stream()
			.map(p -> new Publication(p.id(), p.portalId(), p.documentId(), p.agencyId(), p.laoCode(), p.laoNameTh(),
					p.provinceNameTh(), p.fiscalYear(), p.documentType(), p.slug(), p.titleTh(), p.descriptionTh(),
					p.ownerOrg(), p.fields(), p.status(), p.portalDatasetUrl(), p.errorCode(), p.errorArgs(),
					p.createdBy(), p.createdAt(), byPublication.getOrDefault(p.id(), List.of())))
			.toList();
	}

	private Publication publication(ResultSet rs, int n) throws SQLException {
		return new Publication(rs.getLong("id"), rs.getObject("portal_id", Long.class), rs.getLong("document_id"),
				rs.getLong("agency_id"), rs.getString("lao_code"), rs.getString("lao_name_th"),
				rs.getString("province_name_th"), rs.getInt("fiscal_year"),
				DocumentType.valueOf(rs.getString("document_type")), rs.getString("slug"), rs.getString("title_th"),
				rs.getString("description_th"), rs.getString("owner_org"),
				read(rs.getString("fields"), new TypeReference<Map<String, Object>>() {
				}), PublicationStatus.valueOf(rs.getString("status")), rs.getString("portal_dataset_url"),
				rs.getString("error_code"), read(rs.getString("error_args"), new TypeReference<List<String>>() {
				}), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), List.of());
	}

	private static Publication.PublishedResource resource(ResultSet rs, int n) throws SQLException {
		return new Publication.PublishedResource(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
				rs.getString("format"), rs.getString("media_type"), rs.getBoolean("is_primary"),
				rs.getString("file_id"), rs.getLong("size"), rs.getString("sha256"),
				rs.getString("portal_resource_id"), rs.getString("portal_url"));
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private <T> T read(String text, TypeReference<T> type) {
		if (text == null) {
			return null;
		}
		try {
			return json.readValue(text, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
