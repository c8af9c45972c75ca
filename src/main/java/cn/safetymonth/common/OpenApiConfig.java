package cn.safetymonth.common;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.auth.WorkerPrincipal;
import cn.safetymonth.common.web.IdempotencyKey;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // who is calling is resolved from the token, never sent as a parameter: told once here, not on every handler;
        // the idempotency key arrives as the Idempotency-Key header, which every submission documents (ContractCustomizers)
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(WorkerPrincipal.class, AdminPrincipal.class, IdempotencyKey.class);
    }

    @Bean
    OpenAPI safetyMonthOpenApi() {
        return new OpenAPI()
                .info(new Info().title("安全月 API").version("v1")
                        .description("""
                                安全生产月小程序（/api/app/**，职工）与工会管理端（/api/admin/**）的接口。

                                - 所有接口返回 {code, msg, data}：code 为 0 表示成功；否则 msg 是可直接展示的中文说明（点名字段和原因），\
                                code 是可据以分支的错误码，每个接口可能返回的错误码列在它的 x-error-codes 和 4xx/5xx 响应里。
                                - 错误码区间：1000–1999 通用（1007 = 需要重新登录），2000 账号，3000 工会，4000 微信，5000 存储，\
                                5100 消息，5200 审计，6000 答题，7000 随手拍，8000 承诺/打卡/作品/活动，9000 统计表。
                                - 登录后每个请求带 Authorization: Bearer <token>。
                                - 提交类请求（POST/PUT/PATCH/DELETE）可带 Idempotency-Key：同一个键只执行一次，网络重试可放心重发。
                                - 小程序客户端与接入指南见 miniprogram-api/。""")
                        .license(new License().name("专有：仅供安全月小程序与工会管理端对接使用")
                                .identifier("LicenseRef-safety-month-proprietary")))
                // a fixed relative server keeps the generated document the same on every machine and port
                .servers(List.of(new Server().url("/").description("当前服务")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("登录接口返回的 token")))
                .security(List.of(new SecurityRequirement().addList("bearer")));
    }
}
