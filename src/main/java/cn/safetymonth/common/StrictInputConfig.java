package cn.safetymonth.common;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.beans.PropertyEditorSupport;

/**
 * Request bodies are read strictly: duplicate keys and content after the JSON value are refused, no type is coerced
 * (a number is no text, "true" and 1 are no boolean, "5" is no number), and every text obeys {@link TextRule}.
 * Only the HTTP converter reads this way: the application's own mapper keeps reading what it stored before.
 */
@Configuration(proxyBeanMethods = false)
class StrictInputConfig {

    /** After Boot's own Jackson customizer (order 0), so this converter is the one that stays. */
    @Bean
    @Order(10)
    ServerHttpMessageConvertersCustomizer strictJsonConverter(JsonMapper jsonMapper) {
        JsonMapper strict = strict(jsonMapper);
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    static JsonMapper strict(JsonMapper base) {
        SimpleModule text = new SimpleModule("strict-text")
                .addDeserializer(String.class, new CheckedStringDeserializer())
                .addKeyDeserializer(String.class, new CheckedKeyDeserializer());
        return base.rebuild()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(text)
                .build();
    }

    private static final class CheckedStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            String refused = value == null ? null : TextRule.violation(value);
            if (refused != null) {
                throw new TextRule.RefusedJsonText(p, refused, value);
            }
            return value;
        }
    }

    private static final class CheckedKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            String refused = TextRule.violation(key);
            if (refused != null) {
                throw new TextRule.RefusedJsonText(ctxt.getParser(), "键" + refused, key);
            }
            return key;
        }
    }

    /** The same rule for query parameters, path variables and multipart form fields, bound through the data binder. */
    @ControllerAdvice
    static class TextParameters {
        @InitBinder
        void checkText(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    String refused = text == null ? null : TextRule.violation(text);
                    if (refused != null) {
                        throw new TextRule.RefusedParamText(refused);
                    }
                    setValue(text);
                }
            });
        }
    }
}
