package org.dramagraph.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a folder that may hold articles, recursively and in name order. Links to files and folders are
 * followed; a folder reached again through a link (or a link back to a folder above it) is read once. Hidden
 * files and folders are left out; media and other files that cannot be articles are counted, not listed.
 */
final class FolderWalk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Path> files = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<InputProblem> notices = new ArrayList<>();
    /** The folders walked, by the file system's key for them, with the path each was first reached by. */
    private final Map<Object, Path> folders = new HashMap<>();
    private int skipped;

    private FolderWalk(Path root) {
        this.root = root;
    }

    /**
     * Walks a folder; subfolders that cannot be read are kept as {@link #problems}.
     *
     * @throws IOException when the folder itself cannot be read
     */
    static FolderWalk of(Path root) throws IOException {
        FolderWalk walk = new FolderWalk(root);
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        Collections.sort(walk.files);
        return walk;
    }

    /** The files to read, in name order. */
    List<Path> files() {
        return files;
    }

    /** How many files were passed over because they cannot hold articles. */
    int skipped() {
        return skipped;
    }

    /** The files and folders that could not be read. */
    List<InputProblem> problems() {
        return problems;
    }

    /** The folders reached again through links, and not read again. */
    List<InputProblem> notices() {
        return notices;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root) && isHidden(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
        }
        Object key = attrs.fileKey();
        Path first = key == null ? null : folders.putIfAbsent(key, dir);
        if (first != null) {
            notices.add(new InputProblem(dir.toString(), 0, "the folder " + first + " again, through a link; read once"));
            return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        // a link to nothing comes with the link's own attributes
        if (isHidden(file) || !attrs.isRegularFile()) {
            return FileVisitResult.CONTINUE;
        }
        if (Formats.notAnArticle(Input.contentName(file))) {
            skipped++;
        } else {
            files.add(file);
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) {
            notices.add(new InputProblem(file.toString(), 0, "a link back to a folder above it; not followed"));
        } else {
            problems.add(new InputProblem(file.toString(), 0, ArticleReader.describe(e)));
        }
        return FileVisitResult.CONTINUE;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
