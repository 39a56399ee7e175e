package dev.sitehub.cloud.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses JSON strings that carry control characters other than tab, line feed and carriage return.
 * PostgreSQL cannot store NUL in text at all (the insert failed with a 500), and the others are
 * never part of a name, an address or a comment; the caller gets a 400 naming the field.
 */
@Singleton
class ControlCharacters implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("sitehub-control-characters")
            .addDeserializer(String.class, new Refusing()));
  }

  /** Index of the first refused control character in {@code s}, or -1. */
  static int firstControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return i;
      }
    }
    return -1;
  }

  private static final class Refusing extends StdScalarDeserializer<String> {
    Refusing() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String value = StringDeserializer.instance.deserialize(p, ctxt);
      if (value != null && firstControl(value) >= 0) {
        throw InvalidFormatException.from(p, "contains a control character", value, String.class);
      }
      return value;
    }
  }
}
