package cn.safetymonth.common;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI safetyMonthOpenApi() {
        return new OpenAPI()
                .info(new Info().title("安全月 API").version("v1")
                        .description("安全生产月小程序（/api/app/**，职工）与工会管理端（/api/admin/**）的接口。"
                                + "所有接口返回 {code, msg, data}，code 为 0 表示成功。"))
                // a fixed relative server keeps the generated document the same on every machine and port
                .servers(List.of(new Server().url("/").description("当前服务")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("登录接口返回的 token")))
                .security(List.of(new SecurityRequirement().addList("bearer")));
    }
}
