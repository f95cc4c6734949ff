// A development tool, not part of the app (tools/repaint-trace/run.sh builds and runs it; decision 0006).
import java.lang.instrument.*;
import java.security.ProtectionDomain;
import jdk.internal.org.objectweb.asm.*;

public class TraceAgent {
    public static void clip(Object node, Object clip, Object temp, Object tx) {
        System.err.println("TRACECLIPARGS clip=" + clip + " temp=" + temp + " tx=" + tx);
        try {
            Object n = node;
            for (int depth = 0; depth < 30 && n != null; depth++) {
                Class<?> c = n.getClass();
                java.lang.reflect.Field pf = null, tf = null;
                for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                    try { pf = pf == null ? k.getDeclaredField("parent") : pf; } catch (NoSuchFieldException e) { }
                    try { tf = tf == null ? k.getDeclaredField("transform") : tf; } catch (NoSuchFieldException e) { }
                }
                Object t = null;
                if (tf != null) { tf.setAccessible(true); t = tf.get(n); }
                System.err.println("TRACECLIPUP " + depth + " " + c.getSimpleName() + " " + t);
                if (pf == null) break;
                pf.setAccessible(true);
                n = pf.get(n);
            }
        } catch (Throwable e) { System.err.println("TRACECLIPUP failed " + e); }
        clip(node);
    }

    public static void marked() {
        StackTraceElement[] st = new Throwable().getStackTrace();
        StringBuilder sb = new StringBuilder("TRACEMARK " + System.nanoTime() / 1_000_000);
        for (int i = 1; i < Math.min(st.length, 14); i++) sb.append(" < ").append(st[i].getClassName().replaceAll(".*\\.", "")).append(".").append(st[i].getMethodName()).append(":").append(st[i].getLineNumber());
        System.err.println(sb);
    }

    public static void acc(int status, Object node, Object region) {
        StringBuilder sb = new StringBuilder("TRACEACC " + System.nanoTime() / 1_000_000 + " " + status + " "
                + node.getClass().getSimpleName() + " region=" + region);
        try {
            Object n = node;
            for (int depth = 0; depth < 4 && n != null; depth++) {
                java.lang.reflect.Field pf = null;
                for (Class<?> k = n.getClass(); k != null && pf == null; k = k.getSuperclass()) {
                    try { pf = k.getDeclaredField("parent"); } catch (NoSuchFieldException e) { }
                }
                if (pf == null) break;
                pf.setAccessible(true);
                n = pf.get(n);
                if (n != null) sb.append(" <").append(n.getClass().getSimpleName());
            }
        } catch (Throwable e) { }
        System.err.println(sb);
    }

    public static void clip(Object node) {
        StringBuilder sb = new StringBuilder("TRACECLIP " + System.nanoTime() / 1_000_000 + " " + node.getClass().getName());
        for (String f : new String[] {"name", "dirtyBounds", "transformedBounds", "transform"}) {
            try {
                Class<?> c = node.getClass();
                java.lang.reflect.Field fld = null;
                while (c != null && fld == null) { try { fld = c.getDeclaredField(f); } catch (NoSuchFieldException e) { c = c.getSuperclass(); } }
                if (fld != null) { fld.setAccessible(true); sb.append(" ").append(f).append("=").append(fld.get(node)); }
            } catch (Throwable t) { sb.append(" ").append(f).append("=?").append(t); }
        }
        System.err.println(sb);
    }

    /** A stack whenever the scene's root is put on the dirty list. */
    public static void listed(Object node) {
        javafx.scene.Node n = (javafx.scene.Node) node;
        if (n.getParent() != null) return;
        StackTraceElement[] st = new Throwable().getStackTrace();
        StringBuilder sb = new StringBuilder("TRACELIST " + System.nanoTime() / 1_000_000 + " " + n.getClass().getSimpleName());
        for (int i = 1; i < Math.min(st.length, 16); i++) sb.append(" < ").append(st[i].getClassName().replaceAll(".*\\.", "")).append(".").append(st[i].getMethodName()).append(":").append(st[i].getLineNumber());
        System.err.println(sb);
    }

    public static void synced(Object node) {
        javafx.scene.Node n = (javafx.scene.Node) node;
        StringBuilder sb = new StringBuilder("TRACESYNC " + System.nanoTime() / 1_000_000 + " " + n.getClass().getSimpleName()
                + " id=" + n.getId() + " cls=" + n.getStyleClass() + " vis=" + n.isVisible());
        try {
            java.lang.reflect.Field f = javafx.scene.Node.class.getDeclaredField("dirtyBits");
            f.setAccessible(true);
            sb.append(" bits=").append(f.get(n));
        } catch (Throwable t) { sb.append(" bits=?").append(t); }
        javafx.scene.Parent p = n.getParent();
        for (int d = 0; d < 3 && p != null; d++, p = p.getParent()) sb.append(" <").append(p.getClass().getSimpleName()).append("#").append(p.getId());
        System.err.println(sb);
    }

    static byte[] syncTracer(byte[] b) {
        ClassReader r = new ClassReader(b);
        ClassWriter w = new ClassWriter(r, ClassWriter.COMPUTE_FRAMES);
        r.accept(new ClassVisitor(Opcodes.ASM8, w) {
            public MethodVisitor visitMethod(int acc, String mn, String desc, String sig, String[] ex) {
                MethodVisitor mv = super.visitMethod(acc, mn, desc, sig, ex);
                if (mn.equals("addToSceneDirtyList")) {
                    return new MethodVisitor(Opcodes.ASM8, mv) {
                        public void visitCode() {
                            super.visitCode();
                            mv.visitVarInsn(Opcodes.ALOAD, 0);
                            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "TraceAgent", "listed", "(Ljava/lang/Object;)V", false);
                        }
                    };
                }
                if (!mn.equals("syncPeer")) return mv;
                return new MethodVisitor(Opcodes.ASM8, mv) {
                    public void visitCode() {
                        super.visitCode();
                        mv.visitVarInsn(Opcodes.ALOAD, 0);
                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "TraceAgent", "synced", "(Ljava/lang/Object;)V", false);
                    }
                };
            }
        }, 0);
        return w.toByteArray();
    }

    static byte[] clipTracer(byte[] b) {
        ClassReader r = new ClassReader(b);
        ClassWriter w = new ClassWriter(r, ClassWriter.COMPUTE_FRAMES);
        r.accept(new ClassVisitor(Opcodes.ASM8, w) {
            public MethodVisitor visitMethod(int acc, String mn, String desc, String sig, String[] ex) {
                MethodVisitor mv = super.visitMethod(acc, mn, desc, sig, ex);
                if (!mn.equals("accumulateNodeDirtyRegion")) return mv;
                return new MethodVisitor(Opcodes.ASM8, mv) {
                    public void visitInsn(int op) {
                        if (op == Opcodes.IRETURN) {
                            mv.visitInsn(Opcodes.DUP);
                            mv.visitVarInsn(Opcodes.ALOAD, 0);
                            mv.visitVarInsn(Opcodes.ALOAD, 2);
                            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "TraceAgent", "acc", "(ILjava/lang/Object;Ljava/lang/Object;)V", false);
                            Label skip = new Label();
                            mv.visitInsn(Opcodes.DUP);
                            mv.visitJumpInsn(Opcodes.IFNE, skip);
                            mv.visitVarInsn(Opcodes.ALOAD, 0);
                            mv.visitVarInsn(Opcodes.ALOAD, 1);
                            mv.visitVarInsn(Opcodes.ALOAD, 2);
                            mv.visitVarInsn(Opcodes.ALOAD, 4);
                            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "TraceAgent", "clip", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)V", false);
                            mv.visitLabel(skip);
                        }
                        super.visitInsn(op);
                    }
                    public void visitMaxs(int st, int lo) { super.visitMaxs(st + 5, lo); }
                };
            }
        }, 0);
        return w.toByteArray();
    }

    public static void premain(String args, Instrumentation inst) {
        inst.addTransformer(new ClassFileTransformer() {
            public byte[] transform(Module m, ClassLoader l, String name, Class<?> c, ProtectionDomain d, byte[] b) {
                if ("com/sun/javafx/sg/prism/NGNode".equals(name)) return clipTracer(b);
                if ("javafx/scene/Node".equals(name)) return syncTracer(b);
                if (!"com/sun/javafx/tk/quantum/GlassScene".equals(name)
                        && !"com/sun/javafx/tk/quantum/ViewPainter".equals(name)
                        && !"com/sun/javafx/tk/quantum/UploadingPainter".equals(name)) return null;
                try {
                    ClassReader r = new ClassReader(b);
                    ClassWriter w = new ClassWriter(r, ClassWriter.COMPUTE_FRAMES);
                    r.accept(new ClassVisitor(Opcodes.ASM8, w) {
                        public MethodVisitor visitMethod(int acc, String mn, String desc, String sig, String[] ex) {
                            MethodVisitor mv = super.visitMethod(acc, mn, desc, sig, ex);
                            if (mn.equals("markDirty")) {
                                return new MethodVisitor(Opcodes.ASM8, mv) {
                                    public void visitCode() {
                                        super.visitCode();
                                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "TraceAgent", "marked", "()V", false);
                                    }
                                };
                            }
                            if (!mn.equals("entireSceneNeedsRepaint")) {
                                final String where = mn;
                                return new MethodVisitor(Opcodes.ASM8, mv) {
                                    public void visitFieldInsn(int op, String owner, String fn, String fd) {
                                        if (op == Opcodes.PUTFIELD && fn.equals("freshBackBuffer")) {
                                            Label skip = new Label();
                                            mv.visitInsn(Opcodes.DUP);
                                            mv.visitJumpInsn(Opcodes.IFEQ, skip);
                                            mv.visitTypeInsn(Opcodes.NEW, "java/lang/Throwable");
                                            mv.visitInsn(Opcodes.DUP);
                                            mv.visitLdcInsn("TRACE freshBackBuffer in " + where);
                                            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Throwable", "<init>", "(Ljava/lang/String;)V", false);
                                            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Throwable", "printStackTrace", "()V", false);
                                            mv.visitLabel(skip);
                                        }
                                        super.visitFieldInsn(op, owner, fn, fd);
                                    }
                                    public void visitMaxs(int st, int lo) { super.visitMaxs(st + 4, lo); }
                                };
                            }
                            if (mn.equals("markDirty")) {
                                return new MethodVisitor(Opcodes.ASM8, mv) {
                                    public void visitCode() {
                                        super.visitCode();
                                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "TraceAgent", "marked", "()V", false);
                                    }
                                };
                            }
                            if (mn.equals("entireSceneNeedsRepaint")) {
                                return new MethodVisitor(Opcodes.ASM8, mv) {
                                    public void visitCode() {
                                        super.visitCode();
                                        mv.visitTypeInsn(Opcodes.NEW, "java/lang/Throwable");
                                        mv.visitInsn(Opcodes.DUP);
                                        mv.visitLdcInsn("TRACE entireSceneNeedsRepaint at " + System.nanoTime());
                                        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Throwable", "<init>", "(Ljava/lang/String;)V", false);
                                        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Throwable", "printStackTrace", "()V", false);
                                    }
                                    public void visitMaxs(int s, int lo) { super.visitMaxs(Math.max(s, 3), lo); }
                                };
                            }
                            return mv;
                        }
                    }, 0);
                    return w.toByteArray();
                } catch (Throwable t) { t.printStackTrace(); return null; }
            }
        });
    }
}
