package cn.safetymonth.common.auth;

import cn.safetymonth.common.CommonErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Injects {@link WorkerPrincipal} / {@link AdminPrincipal} into controller methods; absent means 401. */
public class PrincipalArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == WorkerPrincipal.class || type == AdminPrincipal.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        String attr = parameter.getParameterType() == WorkerPrincipal.class ? Principals.WORKER_ATTR : Principals.ADMIN_ATTR;
        Object principal = request == null ? null : request.getAttribute(attr);
        if (principal == null) {
            throw CommonErrorCodes.UNAUTHORIZED.exception();
        }
        return principal;
    }
}
