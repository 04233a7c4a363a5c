package org.sujarit.opendata.publish;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.sujarit.platform.web.DomainException;

/**
 * Encrypts portal API tokens at rest with AES-GCM (random 96-bit IV per value, 128-bit tag; stored as
 * base64 of IV followed by ciphertext and tag). The key comes from {@code sujarit.opendata.publish.secret-key}
 * ({@code SUJARIT_SECRET_KEY}); with none, demo and test runs get a key generated at start (tokens saved
 * then do not survive a restart) and other runs refuse to store or use tokens. Tokens are never logged.
 */
@Component
class TokenCipher {

	private static final Logger log = LoggerFactory.getLogger(TokenCipher.class);

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	TokenCipher(PublishProperties properties, Environment environment) {
		this.key = key(properties.secretKey(), environment);
	}

	String encrypt(String token) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM unavailable", ex);
		}
	}

	String decrypt(String stored) {
		byte[] all = Base64.getDecoder().decode(stored);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
			return new String(cipher.doFinal(Arrays.copyOfRange(all, IV_BYTES, all.length)), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			// another key, or a tampered value: the token must be entered again
			throw DomainException.invalid("opendata.publish.token-unreadable");
		}
	}

	private SecretKey requireKey() {
		if (key == null) {
			throw DomainException.invalid("opendata.publish.secret-key-missing");
		}
		return key;
	}

	private static SecretKey key(String configured, Environment environment) {
		if (configured != null && !configured.isBlank()) {
			byte[] bytes = Base64.getDecoder().decode(configured.strip());
			if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
				throw new IllegalStateException("sujarit.opendata.publish.secret-key must be 16, 24 or 32 bytes (base64)");
			}
			return new SecretKeySpec(bytes, "AES");
		}
		boolean development = environment.getProperty("sujarit.demo", Boolean.class, false)
				|| environment.acceptsProfiles(Profiles.of("test"));
		if (!development) {
			return null;
		}
		log.warn("No SUJARIT_SECRET_KEY: portal tokens are encrypted with a key generated for this run only");
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256);
			return generator.generateKey();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
