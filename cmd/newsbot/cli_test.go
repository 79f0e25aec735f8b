package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot/ingest"
	"github.com/newsbot-dev/newsbot/schedule"
)

// TestIngestMissingPathFails: a path that does not exist is a mistake on
// the command line: said on stderr and in the exit status, while the
// other paths are still read.
func TestIngestMissingPathFails(t *testing.T) {
	dir, files := t.TempDir(), t.TempDir()
	good := filepath.Join(files, "tram.txt")
	if err := os.WriteFile(good, []byte("Tram line opens\n\nThe new tram line to the harbour opened on Monday, the city said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(files, "nonexistent")
	out, stderr, err := run(t, dir, "", "ingest", "in", missing)
	if err == nil || out != "" || !strings.Contains(stderr, "newsbot: in: no such file or folder") || !strings.Contains(stderr, missing+": no such file or folder") {
		t.Errorf("ingest of missing paths = out %q, stderr %q, %v; want both named on stderr and a failure", out, stderr, err)
	}
	out, stderr, err = run(t, dir, "", "ingest", missing, good)
	if err == nil || !strings.Contains(out, "1 added") || !strings.Contains(stderr, "no such file or folder") {
		t.Errorf("ingest of a missing and a good path = out %q, stderr %q, %v; want the good one read and a failure", out, stderr, err)
	}
}

// TestIngestSummaryAndBadJSON: the time taken ends the summary's first
// line, not the last skip's; a file that is not valid JSON is named with
// the place it goes wrong, in words rather than the decoder's; and an
// ingest that could read nothing fails.
func TestIngestSummaryAndBadJSON(t *testing.T) {
	dir, files := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(files, "bad.json"), []byte(`{"title": nope}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, dir, "", "ingest", filepath.Join(files, "bad.json"))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err == nil || len(lines) != 2 || !strings.HasPrefix(lines[0], "0 added, 0 updated, 0 unchanged, 1 skipped (") || !strings.HasSuffix(lines[0], "s)") {
		t.Fatalf("ingest of bad JSON = %q, %v; want the summary with its time on the first line, and a failure", out, err)
	}
	if want := "skipped " + filepath.Join(files, "bad.json") + ": not valid JSON at line 1, column 11, at “nope}”"; strings.TrimSpace(lines[1]) != want {
		t.Errorf("skip line = %q; want %q", lines[1], want)
	}
	if strings.Contains(out, "invalid character") || strings.Contains(out, "literal null") {
		t.Errorf("the decoder's message leaked: %q", out)
	}
}

// TestHelpFlagListsSubcommands: "newsbot --help" is about newsbot, as
// "newsbot help" is; each subcommand's --help keeps its flags.
func TestHelpFlagListsSubcommands(t *testing.T) {
	for _, flag := range []string{"--help", "-h", "-help"} {
		out, _, err := run(t, t.TempDir(), "", flag)
		if err != nil || !strings.Contains(out, "Usage: newsbot [subcommand] [flags]") || !strings.Contains(out, "ingest") || strings.Contains(out, "-db") {
			t.Errorf("newsbot %s = %q, %v; want the list of subcommands", flag, out, err)
		}
	}
}

// TestCommandLineMessagesUseCommandLineSyntax: no chat syntax (!articles,
// !brief, "this server") in what the command line prints.
func TestCommandLineMessagesUseCommandLineSyntax(t *testing.T) {
	dir := t.TempDir()
	out, stderr, err := run(t, dir, "", "brief", "zzzz")
	if err == nil || !strings.Contains(out, "nothing stored about “zzzz”") || !strings.Contains(out, "newsbot ingest") || strings.Contains(out+stderr, "!") {
		t.Errorf("brief zzzz = %q, %q, %v", out, stderr, err)
	}
	// A briefing's other stories are offered as command lines too.
	if out, stderr, err := run(t, dir, "", "ingest", "--sample=false", filepath.Join("..", "..", "briefings", "testdata", "strike.jsonl")); err != nil {
		t.Fatalf("ingest = %q, %q, %v", out, stderr, err)
	}
	out, stderr, err = run(t, dir, "", "brief", "strike")
	if err != nil || !strings.Contains(out, "Also matching") || !strings.Contains(out, "newsbot brief ") || strings.Contains(out+stderr, "!brief") {
		t.Errorf("brief strike = %q, %q, %v", out, stderr, err)
	}
	out, stderr, err = run(t, dir, "", "brief")
	if err == nil || !strings.Contains(stderr, "Usage: newsbot brief <topic>") || strings.Contains(out+stderr, "!brief") {
		t.Errorf("brief = %q, %q, %v", out, stderr, err)
	}
	_, stderr, err = run(t, dir, "", "feeds", "remove", "nothing")
	if err == nil || !strings.Contains(stderr, `no feed added on the command line is called "nothing"`) || strings.Contains(stderr, "This server") {
		t.Errorf("feeds remove nothing = %q, %v", stderr, err)
	}
	_, stderr, _ = run(t, dir, "", "feeds", "pause", "nothing", "--guild", "123")
	if !strings.Contains(stderr, `server 123 follows no feed called "nothing"`) {
		t.Errorf("feeds pause nothing --guild 123 = %q", stderr)
	}
}

// TestConsoleReadsSlashOptions: the console reads "/brief topic:syria" as
// Discord sends it, refuses an option the command does not have, and
// "!help /brief" explains the slash command.
func TestConsoleReadsSlashOptions(t *testing.T) {
	dir := t.TempDir()
	if got := console(t, dir, "/brief topic:syria"); !strings.HasPrefix(got, "Briefing: syria\n") {
		t.Errorf("/brief topic:syria = %q", got)
	}
	if got := console(t, dir, "/brief topc:syria"); !strings.Contains(got, "/brief has no option topc") || strings.Contains(got, "Briefing") {
		t.Errorf("/brief topc:syria = %q", got)
	}
	if got := console(t, dir, "!help /brief"); !strings.Contains(got, "!brief <topic>") || strings.Contains(got, "There is no") {
		t.Errorf("!help /brief = %q", got)
	}
}

// TestFeedHelpGivesTheDefaultInterval: !help feed says how often a feed is
// checked by default, which is what run and poll do.
func TestFeedHelpGivesTheDefaultInterval(t *testing.T) {
	if ingest.DefaultInterval != schedule.DefaultPollInterval {
		t.Errorf("a new feed's first check is %s after adding, the poll interval %s", ingest.DefaultInterval, schedule.DefaultPollInterval)
	}
	want := fmt.Sprintf("every %d minutes", schedule.DefaultPollInterval/time.Minute)
	if got := console(t, t.TempDir(), "!help feed"); !strings.Contains(got, want) {
		t.Errorf("!help feed lacks %q:\n%s", want, got)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "A feed is checked "+want) {
		t.Errorf("README does not say a feed is checked %s", want)
	}
}
