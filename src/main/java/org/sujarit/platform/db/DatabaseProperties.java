package org.sujarit.platform.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database lives. With no {@code url} Sujarit starts an embedded PostgreSQL whose files stay in
 * {@code embeddedDataDir} across restarts; with a url it uses that external PostgreSQL 15+.
 */
@ConfigurationProperties("sujarit.db")
public record DatabaseProperties(String url, String user, String password,
		@DefaultValue("data/postgres") Path embeddedDataDir, @DefaultValue("false") boolean embeddedClean,
		@DefaultValue("20") int poolSize) {

	public boolean external() {
		return url != null && !url.isBlank();
	}

}
