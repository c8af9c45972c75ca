package cn.safetymonth.common.limit;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets every {@code …Properties} record take a {@link Quota} written as "10/1h". */
@Component
@ConfigurationPropertiesBinding
class QuotaConverter implements Converter<String, Quota> {

    @Override
    public Quota convert(String source) {
        return Quota.parse(source);
    }
}
