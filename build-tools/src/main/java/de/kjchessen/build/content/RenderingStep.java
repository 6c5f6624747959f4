package de.kjchessen.build.content;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.render.RenderingTool;

import java.io.File;

/**
 * A step of the bake that JBake runs after the documents (a {@link RenderingTool} named in
 * META-INF/services/org.jbake.render.RenderingTool). JBake 2.7 calls only
 * {@code render(Renderer, ContentStore, JBakeConfiguration)}; its interface still declares the JBake 2.6 entry
 * point, which is answered here once for every step.
 */
public abstract class RenderingStep implements RenderingTool {

    @Override
    @Deprecated
    public final int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                            CompositeConfiguration config) {
        return 0; // never called by JBake 2.7
    }
}
