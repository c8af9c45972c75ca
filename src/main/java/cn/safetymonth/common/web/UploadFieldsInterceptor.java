package cn.safetymonth.common.web;

import cn.safetymonth.common.CommonErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An upload carries only the file fields its operation takes, each with at most as many files as the field holds
 * (one for a single file, the parameter's {@code @Size(max)} for a list). Spring would otherwise bind the first of
 * twenty files and drop the rest without a word, or ignore a misnamed field.
 */
@Component
class UploadFieldsInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").order(Ordered.LOWEST_PRECEDENCE - 1);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Map<String, Integer> fields = fileFields(method);
        for (var sent : multipart.getMultiFileMap().entrySet()) {
            Integer max = fields.get(sent.getKey());
            if (max == null) {
                throw CommonErrorCodes.INVALID_FIELD.exception("字段 " + sent.getKey() + "：本接口不接收该文件字段，可用的文件字段："
                        + (fields.isEmpty() ? "无" : String.join("、", fields.keySet())));
            }
            if (sent.getValue().size() > max) {
                throw CommonErrorCodes.INVALID_FIELD.exception("字段 " + sent.getKey() + "：最多 " + max + " 个文件，收到 " + sent.getValue().size() + " 个");
            }
        }
        return true;
    }

    /** The operation's file fields and how many files each takes. */
    static Map<String, Integer> fileFields(HandlerMethod method) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        for (MethodParameter p : method.getMethodParameters()) {
            Class<?> type = p.getParameterType();
            boolean many = type.isArray() || Collection.class.isAssignableFrom(type);
            Class<?> element = type.isArray() ? type.getComponentType() : many ? p.nested().getNestedParameterType() : type;
            if (!MultipartFile.class.isAssignableFrom(element)) {
                continue;
            }
            Size size = p.getParameterAnnotation(Size.class);
            fields.put(name(p), many ? (size == null ? Integer.MAX_VALUE : size.max()) : 1);
        }
        return fields;
    }

    private static String name(MethodParameter p) {
        RequestPart part = p.getParameterAnnotation(RequestPart.class);
        if (part != null && !part.name().isEmpty()) {
            return part.name();
        }
        RequestParam param = p.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        return p.getParameterName();
    }
}
