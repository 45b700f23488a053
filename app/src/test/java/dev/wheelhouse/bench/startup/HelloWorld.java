package dev.wheelhouse.bench.startup;

/** The command-line benchmark's floor: the least a Java process can do. */
public final class HelloWorld {

    private HelloWorld() {
    }

    public static void main(String[] args) {
        System.out.println("hello, world");
    }
}
