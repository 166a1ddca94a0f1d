package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A wrong command line exits with 2 and says what is wrong on stderr. */
class UsageErrorTest {

    @Test
    void noSubcommand() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("Usage: ogi"), r::toString);
    }

    @Test
    void unknownSubcommand() {
        Cli.Result r = Cli.run("bogus");
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("bogus"), r::toString);
    }

    @Test
    void validateWithoutPath() {
        Cli.Result r = Cli.run("validate");
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("PATH"), r::toString);
    }

    @Test
    void unknownOutputFormat() {
        Cli.Result r = Cli.run("validate", "--format", "xml", ".");
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("xml"), r::toString);
    }

    @Test
    void unknownLanguage() {
        Cli.Result r = Cli.run("formats", "--lang", "fr");
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("fr"), r::toString);
    }

    @Test
    void convertWithoutTarget() {
        Cli.Result r = Cli.run("convert", "x.txt");
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("--to"), r::toString);
    }

    @Test
    void diffWithOneFile() {
        Cli.Result r = Cli.run("diff", "a.json");
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains("NEW"), r::toString);
    }

    @Test
    void helpAndVersionExitZero() {
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.status(), help::toString);
        assertTrue(help.out().contains("validate") && help.out().contains("convert") && help.out().contains("diff"),
                help::toString);
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.status(), version::toString);
        assertTrue(version.out().startsWith("ogi-report "), version::toString);
    }
}
