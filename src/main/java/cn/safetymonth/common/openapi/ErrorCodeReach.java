package cn.safetymonth.common.openapi;

import cn.safetymonth.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.asm.Type;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which error codes an endpoint can answer with, read from the compiled code rather than listed by hand: every
 * {@code …ErrorCodes.X} constant read by the handler method or by anything it calls in this service (services, lambdas,
 * other modules' public services, interface calls resolved to the beans that implement them). It over-approximates
 * (a code read on a branch the request never takes still counts), which is the safe side for a client switching on codes.
 */
final class ErrorCodeReach {

    private static final Logger log = LoggerFactory.getLogger(ErrorCodeReach.class);
    private static final String OWN = "cn/safetymonth/";
    private static final String ERROR_CODE = Type.getDescriptor(ErrorCode.class);

    /** A code with the constant it is declared as, e.g. "PledgeErrorCodes.ALREADY_SIGNED". */
    record Found(String constant, ErrorCode code) {
    }

    private record Ref(String owner, String name, String desc) {
    }

    private record ClassFacts(String superName, String[] interfaces, Map<String, MethodFacts> methods) {
    }

    private record MethodFacts(boolean hasCode, Set<Ref> codes, Set<Ref> calls) {
    }

    private final ListableBeanFactory beans;
    private final ClassLoader loader;
    private final Map<String, ClassFacts> classes = new ConcurrentHashMap<>();

    ErrorCodeReach(ListableBeanFactory beans, ClassLoader loader) {
        this.beans = beans;
        this.loader = loader;
    }

    List<Found> of(Method handler) {
        Set<Ref> seen = new HashSet<>();
        Set<Ref> codes = new LinkedHashSet<>();
        Deque<Ref> todo = new ArrayDeque<>();
        todo.add(new Ref(Type.getInternalName(ClassUtils.getUserClass(handler.getDeclaringClass())), handler.getName(),
                Type.getMethodDescriptor(handler)));
        while (!todo.isEmpty()) {
            Ref call = todo.poll();
            if (!seen.add(call)) {
                continue;
            }
            for (Ref target : resolve(call)) {
                MethodFacts m = facts(target.owner()).methods().get(target.name() + target.desc());
                codes.addAll(m.codes());
                todo.addAll(m.calls());
            }
        }
        return codes.stream().map(this::constant).filter(f -> f != null)
                .sorted(Comparator.comparingInt(f -> f.code().code())).distinct().toList();
    }

    /** The method bodies a call can run: the declaration found up the class chain, or every bean implementing an interface. */
    private List<Ref> resolve(Ref call) {
        List<Ref> bodies = new ArrayList<>();
        Ref declared = declaration(call.owner(), call);
        if (declared != null && facts(declared.owner()).methods().get(call.name() + call.desc()).hasCode()) {
            bodies.add(declared);
            return bodies;
        }
        for (Class<?> impl : implementations(call.owner())) {
            Ref body = declaration(Type.getInternalName(impl), call);
            if (body != null && facts(body.owner()).methods().get(call.name() + call.desc()).hasCode()) {
                bodies.add(body);
            }
        }
        return bodies;
    }

    private Ref declaration(String owner, Ref call) {
        for (String c = owner; c != null && c.startsWith(OWN); ) {
            ClassFacts f = facts(c);
            if (f.methods().containsKey(call.name() + call.desc())) {
                return new Ref(c, call.name(), call.desc());
            }
            for (String i : f.interfaces()) {
                Ref fromInterface = declaration(i, call);
                if (fromInterface != null) {
                    return fromInterface;
                }
            }
            c = f.superName();
        }
        return null;
    }

    private List<Class<?>> implementations(String owner) {
        try {
            Class<?> type = Class.forName(owner.replace('/', '.'), false, loader);
            List<Class<?>> found = new ArrayList<>();
            for (String name : beans.getBeanNamesForType(type, true, false)) {
                Class<?> beanType = beans.getType(name, false);
                if (beanType != null && beanType != type && beanType.getName().startsWith("cn.safetymonth.")) {
                    found.add(ClassUtils.getUserClass(beanType));
                }
            }
            return found;
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }

    private Found constant(Ref field) {
        try {
            Field f = Class.forName(field.owner().replace('/', '.'), false, loader).getDeclaredField(field.name());
            f.setAccessible(true);
            return f.get(null) instanceof ErrorCode code
                    ? new Found(field.owner().substring(field.owner().lastIndexOf('/') + 1) + "." + field.name(), code) : null;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            log.warn("error code constant {}.{} could not be read: {}", field.owner(), field.name(), e.getClass().getSimpleName());
            return null;
        }
    }

    private ClassFacts facts(String owner) {
        return classes.computeIfAbsent(owner, this::read);
    }

    private ClassFacts read(String owner) {
        try (InputStream in = loader.getResourceAsStream(owner + ".class")) {
            if (in == null) {
                return new ClassFacts(null, new String[0], Map.of());
            }
            ClassReader reader = new ClassReader(in);
            Map<String, MethodFacts> methods = new HashMap<>();
            reader.accept(new ClassVisitor(SpringAsmInfo.ASM_VERSION) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                    MethodFacts m = new MethodFacts((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0,
                            new LinkedHashSet<>(), new LinkedHashSet<>());
                    methods.put(name + desc, m);
                    return new Collector(m);
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return new ClassFacts(reader.getSuperName(), reader.getInterfaces(), methods);
        } catch (IOException e) {
            return new ClassFacts(null, new String[0], Map.of());
        }
    }

    /** Records, for one method body, the error-code constants it reads and the methods of this service it calls. */
    private static final class Collector extends MethodVisitor {
        private final MethodFacts facts;

        Collector(MethodFacts facts) {
            super(SpringAsmInfo.ASM_VERSION);
            this.facts = facts;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String desc) {
            if (opcode == Opcodes.GETSTATIC && ERROR_CODE.equals(desc)) {
                facts.codes().add(new Ref(owner, name, desc));
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean isInterface) {
            if (owner.startsWith(OWN)) {
                facts.calls().add(new Ref(owner, name, desc));
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... args) {
            for (Object arg : args) {
                if (arg instanceof Handle h && h.getOwner().startsWith(OWN)) {
                    facts.calls().add(new Ref(h.getOwner(), h.getName(), h.getDesc()));
                }
            }
        }
    }
}
