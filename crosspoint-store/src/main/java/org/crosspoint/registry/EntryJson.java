package org.crosspoint.registry;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.Watchlist;

/**
 * The stored JSON form of entries and lists. Only record components are written (fields), never
 * derived methods such as {@code PartialDate.isRange()}, so a document reads back into an equal
 * record and its hash is stable for equal content.
 */
final class EntryJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .build();

  private EntryJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  static Entry entry(String json) {
    try {
      return MAPPER.readValue(json, Entry.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored entry is not readable: " + e.getMessage(), e);
    }
  }

  static Watchlist list(String json) {
    try {
      return MAPPER.readValue(json, Watchlist.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored list is not readable: " + e.getMessage(), e);
    }
  }

  static String sha256(String json) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
