package dev.wheelhouse.ui.matrix;

import java.nio.file.Path;
import java.util.List;

/** The files the user opened lately, newest first. */
public interface RecentFiles {

    List<Path> list();

    void add(Path file);
}
