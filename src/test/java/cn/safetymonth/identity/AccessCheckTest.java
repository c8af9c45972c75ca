package cn.safetymonth.identity;

import cn.safetymonth.common.auth.Access;
import cn.safetymonth.common.auth.AdminRole;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What stops the application from starting: an /api endpoint that says nothing about who may call it. */
class AccessCheckTest {

    @Access(Access.Caller.STAFF)
    static class Declared {
        public void any() {
        }

        @Access(value = Access.Caller.STAFF, roles = AdminRole.PLATFORM_ADMIN, refusal = "只有平台管理员")
        public void platformOnly() {
        }
    }

    static class Undeclared {
        public void forgotten() {
        }

        @Access(value = Access.Caller.WORKER, roles = AdminRole.REVIEWER)
        public void rolesOnAWorkerEndpoint() {
        }
    }

    @Test
    void anUndeclaredOrMisdeclaredEndpointIsNamedAndTheRestPass() throws Exception {
        Map<RequestMappingInfo, HandlerMethod> handlers = new LinkedHashMap<>();
        handlers.put(RequestMappingInfo.paths("/api/admin/a").build(), new HandlerMethod(new Declared(), "any"));
        handlers.put(RequestMappingInfo.paths("/api/admin/b").build(), new HandlerMethod(new Declared(), "platformOnly"));
        handlers.put(RequestMappingInfo.paths("/api/app/c").build(), new HandlerMethod(new Undeclared(), "forgotten"));
        handlers.put(RequestMappingInfo.paths("/api/app/d").build(), new HandlerMethod(new Undeclared(), "rolesOnAWorkerEndpoint"));
        handlers.put(RequestMappingInfo.paths("/v3/api-docs").build(), new HandlerMethod(new Undeclared(), "forgotten"));

        assertThat(AccessCheck.undeclared(handlers)).hasSize(2)
                .anySatisfy(f -> assertThat(f).contains("/api/app/c").contains("forgotten"))
                .anySatisfy(f -> assertThat(f).contains("/api/app/d").contains("rolesOnAWorkerEndpoint"));
    }
}
