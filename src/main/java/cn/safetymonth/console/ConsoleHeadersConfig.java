package cn.safetymonth.console;

import cn.safetymonth.storage.StorageProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Kept apart from the MVC configuration so web-slice tests, which load no settings, do not need the headers' inputs. */
@Configuration(proxyBeanMethods = false)
class ConsoleHeadersConfig {

    @Bean
    FilterRegistrationBean<ConsolePageHeaders> consolePageHeaders(ConsoleProperties console, StorageProperties storage) {
        FilterRegistrationBean<ConsolePageHeaders> bean = new FilterRegistrationBean<>(new ConsolePageHeaders(console, storage));
        bean.addUrlPatterns("/admin", "/admin/*", "/webjars/*");
        return bean;
    }
}
