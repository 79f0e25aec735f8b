package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/sqlite"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// run runs newsbot in-process with a fresh environment: the database in dir,
// stdin from input. It returns stdout, stderr and the error.
func run(t *testing.T, dir, input string, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := &Env{
		Stdin:  strings.NewReader(input),
		Stdout: &stdout,
		Stderr: &stderr,
		Getenv: func(k string) string {
			switch k {
			case "NEWSBOT_DB":
				return filepath.Join(dir, "data", "newsbot.db")
			}
			return ""
		},
	}
	err := Main(context.Background(), env, args)
	return stdout.String(), stderr.String(), err
}

// console sends one command line to a console on the database in dir.
func console(t *testing.T, dir, line string) string {
	t.Helper()
	out, stderr, err := run(t, dir, line+"\n", "console")
	if err != nil {
		t.Fatalf("console %q: %v\n%s", line, err, stderr)
	}
	return out
}

// TestSeedAcceptance is issue 2's acceptance, on the bundled sample with a
// fresh database.
func TestSeedAcceptance(t *testing.T) {
	dir := t.TempDir()
	brief := console(t, dir, "!brief syria")
	sentences, rest, _ := strings.Cut(brief, "\nKey quotes\n")
	quotes, sources, _ := strings.Cut(rest, "\nSources\n")

	for _, want := range []string{"met in Moscow with Russian President Dmitry Medvedev", "at least 8,000 people"} {
		if !strings.Contains(sentences, want) {
			t.Errorf("briefing sentences lack %q:\n%s", want, brief)
		}
	}
	lines := 0
	for _, l := range strings.Split(sentences, "\n") {
		if strings.HasPrefix(l, "• ") {
			lines++
			if !strings.HasSuffix(l, "[1]") {
				t.Errorf("sentence %q does not cite source [1]", l)
			}
		}
	}
	if lines < 3 || lines > 5 {
		t.Errorf("briefing has %d sentences; want 3 to 5:\n%s", lines, brief)
	}
	if !strings.Contains(sources, "[1] Peace Envoy Annan Presses Russia on Syria — Voice of America · 25 Mar 2012") {
		t.Errorf("sources = %q; want the seed article with outlet and the caption's date", sources)
	}
	nQuotes := 0
	for _, l := range strings.Split(quotes, "\n") {
		if strings.HasPrefix(l, "  ") && strings.Contains(l, " — ") {
			nQuotes++
		}
	}
	if nQuotes < 3 {
		t.Errorf("briefing has %d quotes; want at least 3:\n%s", nQuotes, quotes)
	}
	for _, want := range []string{
		"“As we move forward, I will continue to rely on your support and advice",
		"this could be Syria’s last chance to avoid a long-lasting and bloody civil war",
	} {
		i := strings.Index(quotes, want)
		if i < 0 {
			t.Errorf("quotes lack %q:\n%s", want, quotes)
			continue
		}
		line := quotes[i:]
		line = line[:strings.IndexByte(line, '\n')]
		speaker := "— Kofi Annan"
		if strings.Contains(want, "last chance") {
			speaker = "— Dmitry Medvedev"
		}
		if !strings.Contains(line, speaker) {
			t.Errorf("quote %q attributed as %q; want %s", want, line, speaker)
		}
	}
	for _, banned := range []string{"Accessibility links", "Breaking News", "(L) talks with", "It’s top news across Russia"} {
		if strings.Contains(brief, banned) {
			t.Errorf("briefing contains %q:\n%s", banned, brief)
		}
	}
	golden(t, "brief-syria.golden", brief)

	// Typed search syntax is plain words.
	if got := console(t, dir, `!brief syria" OR (`); got != strings.Replace(brief, "Briefing: syria", `Briefing: syria" OR (`, 1) {
		t.Errorf("!brief syria\" OR ( differs from !brief syria:\n%s", got)
	}
	for _, in := range []string{`!brief "syria`, "!brief syria*", "!brief ^syria", "!brief (syria)", "!brief NEAR(syria)", "!brief title:syria", "!brief -syria", "!brief syria AND NOT russia"} {
		if got := console(t, dir, in); !strings.HasPrefix(got, "Briefing: ") {
			t.Errorf("%s = %q; want a briefing", in, got)
		}
	}

	narnia := strings.TrimSpace(console(t, dir, "!brief narnia"))
	if strings.Count(narnia, "\n") != 0 || !strings.Contains(narnia, "narnia") || !strings.Contains(narnia, "try a broader word") {
		t.Errorf("!brief narnia = %q; want one friendly sentence with a suggestion", narnia)
	}
	usage := console(t, dir, "!brief")
	if !strings.Contains(usage, "Usage: !brief <topic>") {
		t.Errorf("!brief = %q; want usage", usage)
	}

	q := console(t, dir, "!quotes medvedev")
	if !strings.HasPrefix(q, "What Dmitry Medvedev said") || !strings.Contains(q, "last chance") ||
		!strings.Contains(q, "Peace Envoy Annan Presses Russia on Syria") || !strings.Contains(q, "25 Mar 2012") {
		t.Errorf("!quotes medvedev = %q; want Medvedev's statements with article and date", q)
	}
	if strings.Contains(q, "As we move forward") {
		t.Errorf("!quotes medvedev lists Annan's words: %q", q)
	}
	arts := console(t, dir, "!articles syria")
	if !strings.Contains(arts, "Peace Envoy Annan Presses Russia on Syria — Voice of America · 25 Mar 2012") {
		t.Errorf("!articles syria = %q; want the seed article", arts)
	}
	unknown := strings.TrimSpace(console(t, dir, "!breif syria"))
	if unknown != "I don't know !breif; did you mean !brief? !help lists every command." {
		t.Errorf("!breif = %q", unknown)
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -tags sqlite_fts5 ./cmd/newsbot -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test ./cmd/newsbot -update rewrites it after review)\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

func TestConsoleAcceptsAnyPrefixAndSkipsComments(t *testing.T) {
	dir := t.TempDir()
	out, _, err := run(t, dir, "# a comment\n\nhelp\n/help brief\n!about\nquit\n!help\n", "console")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(out, "newsbot commands") != 1 || !strings.Contains(out, "/brief <topic>") || !strings.Contains(out, "Archive: 1 article from 1 outlet, ") {
		t.Errorf("console output = %q", out)
	}
}

func TestIngestNeverDuplicates(t *testing.T) {
	dir := t.TempDir()
	files := t.TempDir()
	seed, err := os.ReadFile(filepath.Join("..", "..", "sample", "annan-presses-russia-on-syria.txt"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(files, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(files, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("seed.txt", string(seed))
	write("nested/records.jsonl", `{"url": "https://example.org/a?utm_source=x#top", "title": "Harbour reopens", "text": "The harbour in Port Vale reopened on Monday after repairs.\n\nOfficials said traffic would resume within a week.", "published": "2024-05-06", "source": "Example Post"}
{"url": "https://example.org/b", "title": "Bad date", "text": "Some text here for the record.", "published": "last tuesday"}
not json
`)
	write("nested/one.json", `{"url": "https://example.org/c", "title": "Bridge closes", "text": "The old bridge closed for repairs on Tuesday, the council said.", "published": "2024-05-07T10:00:00Z"}`)
	write("empty.html", "<html><body></body></html>")
	write("image.png", "\x89PNG\r\n\x1a\n\x00\x00")
	write(".hidden/skip.txt", "Hidden\n\nnot read")

	out, stderr, err := run(t, dir, "", "ingest", files)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	for _, want := range []string{"3 added, 0 updated, 0 unchanged, 4 skipped", `published "last tuesday" is not a date`,
		"records.jsonl:3: not valid JSON", "empty.html: no article text found", "image.png: not a text, HTML or JSON file"} {
		if !strings.Contains(out, want) {
			t.Errorf("ingest output lacks %q:\n%s", want, out)
		}
	}
	out, _, err = run(t, dir, "", "ingest", files)
	if err != nil || !strings.Contains(out, "0 added, 0 updated, 3 unchanged") {
		t.Errorf("second ingest = %q, %v; want everything unchanged", out, err)
	}
	write("seed.txt", strings.Replace(string(seed), "at least 8,000", "at least 9,000", 1))
	out, _, _ = run(t, dir, "", "ingest", files)
	if !strings.Contains(out, "0 added, 1 updated, 2 unchanged") {
		t.Errorf("ingest after an edit = %q; want one update", out)
	}
	// The sample is not loaded into an archive that already has articles.
	about := console(t, dir, "!about")
	if !strings.Contains(about, "3 articles") {
		t.Errorf("!about = %q; want exactly the 3 ingested articles", about)
	}
	arts := console(t, dir, "!articles harbour")
	if !strings.Contains(arts, "Harbour reopens — Example Post · 6 May 2024 <https://example.org/a>") {
		t.Errorf("!articles harbour = %q; want the canonical URL without tracking or fragment", arts)
	}
	brief := console(t, dir, "!brief syria")
	if !strings.Contains(brief, "9,000") || strings.Contains(brief, "8,000") {
		t.Errorf("brief after update = %q; want the updated text only", brief)
	}
}

func TestBriefSubcommand(t *testing.T) {
	dir := t.TempDir()
	out, _, err := run(t, dir, "", "brief", "kofi", "annan")
	if err != nil || !strings.HasPrefix(out, "Briefing: kofi annan") {
		t.Errorf("brief kofi annan = %q, %v", out, err)
	}
	out, _, err = run(t, dir, "", "brief", "narnia")
	if err == nil || !strings.Contains(out, "nothing stored") {
		t.Errorf("brief narnia = %q, %v; want the message and a failure status", out, err)
	}
}

func TestHelpFlagsListEnvironment(t *testing.T) {
	_, stderr, err := run(t, t.TempDir(), "", "console", "--help")
	if err != flag.ErrHelp {
		t.Fatalf("console --help: %v", err)
	}
	for _, want := range []string{"NEWSBOT_DB", "NEWSBOT_LOG_LEVEL", "NEWSBOT_SAMPLE", "newsbot.db"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("console --help lacks %s:\n%s", want, stderr)
		}
	}
}

func TestFlagsAfterArguments(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(t.TempDir(), "other.db")
	out, _, err := run(t, dir, "", "brief", "kofi", "--db", other, "annan")
	if err != nil || !strings.HasPrefix(out, "Briefing: kofi annan") {
		t.Errorf("brief kofi --db X annan = %q, %v; want a briefing on kofi annan", out, err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("--db after an argument was not used: %v", err)
	}
	out, _, _ = run(t, dir, "", "brief", "--", "--db")
	if !strings.Contains(out, "“--db”") && !strings.Contains(out, "Usage") {
		t.Errorf("brief -- --db = %q; want --db read as the topic", out)
	}
}

// TestIngestRecordsWithoutURL: records without a url are keyed by their
// content, so a line inserted above them does not duplicate them.
func TestIngestRecordsWithoutURL(t *testing.T) {
	dir, files := t.TempDir(), t.TempDir()
	path := filepath.Join(files, "notes.jsonl")
	a := `{"title": "Ferry resumes", "text": "The island ferry resumed its timetable on Friday after repairs.", "published": "2024-05-10", "source": "Isle Post"}`
	b := `{"title": "Library opens late", "text": "The town library will open until nine on weekdays from June.", "published": "2024-05-11", "source": "Isle Post"}`
	c := `{"title": "Bridge inspected", "text": "Engineers inspected the harbour bridge on Saturday and found no damage.", "published": "2024-05-12", "source": "Isle Post"}`
	for _, step := range []struct {
		lines, want string
	}{
		{a + "\n" + b + "\n", "2 added, 0 updated, 0 unchanged"},
		{c + "\n" + a + "\n" + b + "\n", "1 added, 0 updated, 2 unchanged"},
	} {
		if err := os.WriteFile(path, []byte(step.lines), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _, err := run(t, dir, "", "ingest", path)
		if err != nil || !strings.Contains(out, step.want) {
			t.Errorf("ingest = %q, %v; want %s", out, err, step.want)
		}
	}
}

// TestReanalysisAfterUpgrade: articles analysed by an older engine are
// re-analysed at start, with a line saying so, and reindex redoes all.
func TestReanalysisAfterUpgrade(t *testing.T) {
	dir := t.TempDir()
	console(t, dir, "!about") // loads the sample
	db, err := sqlite.Open(context.Background(), filepath.Join(dir, "data", "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	arts, err := db.Articles(context.Background(), []newsbot.ArticleID{1})
	if err != nil || len(arts) != 1 {
		t.Fatalf("Articles = %v, %v", arts, err)
	}
	arts[0].AnalysisVersion, arts[0].Sentences, arts[0].Quotes = 0, nil, nil // as an old version left it
	if err := db.ReplaceAnalysis(context.Background(), &arts[0]); err != nil {
		t.Fatal(err)
	}
	db.Close()
	out, stderr, err := run(t, dir, "!quotes medvedev\n", "console")
	if err != nil || !strings.Contains(stderr, "re-analysing 1 stored article with") || !strings.Contains(out, "What Dmitry Medvedev said") {
		t.Errorf("console after an upgrade: %v\nstderr %q\nstdout %q", err, stderr, out)
	}
	out, _, err = run(t, dir, "", "reindex")
	if err != nil || !strings.Contains(out, "re-analysed 1 articles") {
		t.Errorf("reindex = %q, %v", out, err)
	}
}
