package sqlite

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// openTestDB opens a fresh database in the test's temporary directory.
func openTestDB(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "nested", "newsbot.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func testArticle(url, title, body string, published time.Time) *newsbot.Article {
	a := &newsbot.Article{URL: url, Title: title, Outlet: "Test Wire", Body: body, Published: published, AnalysisVersion: 1}
	for i, p := range strings.Split(body, "\n\n") {
		a.Sentences = append(a.Sentences, newsbot.Sentence{Index: i, Paragraph: i, Text: p, Terms: strings.Fields(strings.ToLower(p))})
	}
	return a
}

func TestOpenMigratesOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	for i := 0; i < 2; i++ {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("Open #%d: %v", i, err)
		}
		v, err := db.SchemaVersion(ctx)
		if err != nil || v < 1 {
			t.Errorf("SchemaVersion = %d, %v; want >= 1", v, err)
		}
		var mode string
		if err := db.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
		var fk int
		if err := db.db.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
			t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
		}
		db.Close()
	}
}

// TestOpenPathWithURIMarks: the database is the file named, whatever the
// name holds. SQLite reads the DSN as a URI, where "?" starts the query,
// "#" a fragment and "%xx" an escape.
func TestOpenPathWithURIMarks(t *testing.T) {
	ctx := context.Background()
	for _, name := range []string{"news#1.db", "what?.db", "50%25 off.db", "a b&c=d.db"} {
		dir := t.TempDir()
		path := filepath.Join(dir, name)
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("Open(%q): %v", name, err)
		}
		var mode string
		if err := db.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("%q: journal_mode = %q, %v; want wal", name, mode, err)
		}
		db.Close()
		entries, _ := os.ReadDir(dir)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if !slices.Contains(names, name) {
			t.Errorf("Open(%q) created %q", name, names)
		}
	}
}

func TestUpsertAddsUpdatesNeverDuplicates(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	day := time.Date(2012, 3, 25, 0, 0, 0, 0, time.UTC)

	a := testArticle("https://example.org/a", "Envoy meets president", "envoy met the president\n\nthe talks covered syria", day)
	a.Quotes = []newsbot.Quote{{Speaker: "Kofi Annan", Mention: "Annan", Cue: "said", Text: "we will continue", Kind: newsbot.Direct}}
	steps := []struct {
		name string
		edit func(a *newsbot.Article)
		want newsbot.UpsertResult
	}{
		{"first", func(*newsbot.Article) {}, newsbot.Added},
		{"same again", func(*newsbot.Article) {}, newsbot.Unchanged},
		{"new body", func(a *newsbot.Article) {
			*a = *testArticle(a.URL, a.Title, "envoy met the president again\n\nthe talks covered syria", day)
			a.ContentHash = ""
		}, newsbot.Updated},
		{"new analysis", func(a *newsbot.Article) { a.AnalysisVersion = 2 }, newsbot.Updated},
		{"new outlet", func(a *newsbot.Article) { a.Outlet = "Other Wire" }, newsbot.Updated},
	}
	for _, s := range steps {
		s.edit(a)
		got, err := db.UpsertArticle(ctx, a)
		if err != nil {
			t.Fatalf("%s: UpsertArticle: %v", s.name, err)
		}
		if got != s.want {
			t.Errorf("%s: UpsertArticle = %v, want %v", s.name, got, s.want)
		}
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 {
		t.Errorf("Stats.Articles = %d, want 1", st.Articles)
	}
	var n int
	db.db.QueryRow(`SELECT count(*) FROM sentences`).Scan(&n)
	if n != 2 {
		t.Errorf("sentences = %d, want 2 (old ones replaced)", n)
	}
	checkIntegrity(t, db)

	got, err := db.Articles(ctx, []newsbot.ArticleID{a.ID, 999})
	if err != nil || len(got) != 1 {
		t.Fatalf("Articles = %d articles, %v; want 1", len(got), err)
	}
	if got[0].Body != a.Body || got[0].Outlet != "Other Wire" || !got[0].Published.Equal(day) || len(got[0].Sentences) != 2 {
		t.Errorf("Articles[0] = %+v; want the last stored version", got[0])
	}
}

// checkIntegrity asserts that both FTS indexes agree with their tables
// and that term statistics match the stored sentences.
func checkIntegrity(t *testing.T, db *DB) {
	t.Helper()
	for _, tbl := range []string{"articles_fts", "quotes_fts"} {
		if _, err := db.db.Exec(`INSERT INTO ` + tbl + `(` + tbl + `, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Errorf("%s integrity-check: %v", tbl, err)
		}
	}
	rows, err := db.db.Query(`SELECT article_id, terms FROM sentences`)
	if err != nil {
		t.Fatal(err)
	}
	perArticle := map[int64]map[string]bool{}
	for rows.Next() {
		var id int64
		var terms string
		rows.Scan(&id, &terms)
		if perArticle[id] == nil {
			perArticle[id] = map[string]bool{}
		}
		for _, w := range strings.Fields(terms) {
			perArticle[id][w] = true
		}
	}
	rows.Close()
	want := map[string]int{}
	for _, terms := range perArticle {
		for w := range terms {
			want[w]++
		}
	}
	got := map[string]int{}
	rows, _ = db.db.Query(`SELECT term, df FROM term_df`)
	for rows.Next() {
		var w string
		var n int
		rows.Scan(&w, &n)
		got[w] = n
	}
	rows.Close()
	if len(got) != len(want) {
		t.Errorf("term_df has %d terms, sentences have %d", len(got), len(want))
	}
	for w, n := range want {
		if got[w] != n {
			t.Errorf("term_df[%q] = %d, want %d", w, got[w], n)
		}
	}
}

func TestSearchTreatsInputAsWords(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	old := time.Date(2012, 3, 25, 0, 0, 0, 0, time.UTC)
	for _, a := range []*newsbot.Article{
		testArticle("https://example.org/syria", "Envoy presses Russia on Syria", "the envoy met the president in moscow", old),
		testArticle("https://example.org/other", "Markets rise", "shares rose in london while syria was mentioned once", old),
		testArticle("https://example.org/naïve", "Café owners protest", "owners in Köln protested", old),
	} {
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		topic string
		want  []string // URLs in order
	}{
		{"syria", []string{"https://example.org/syria", "https://example.org/other"}},
		{`syria" OR (`, []string{"https://example.org/syria", "https://example.org/other"}},
		{`"syria" AND NOT*^:-)`, []string{"https://example.org/syria", "https://example.org/other"}},
		{"NEAR(syria moscow)", []string{"https://example.org/syria"}},
		{"russia ceasefire", []string{"https://example.org/syria"}}, // any word when no article has all
		{"cafe koln", []string{"https://example.org/naïve"}},        // diacritics removed
		{"narnia", nil},
		{`"`, nil},
	}
	for _, tt := range tests {
		hits, err := db.SearchArticles(ctx, newsbot.ParseTopic(tt.topic), 10)
		if err != nil {
			t.Errorf("SearchArticles(%q): %v", tt.topic, err)
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.URL)
			if h.Score <= 0 {
				t.Errorf("SearchArticles(%q): score %v, want > 0", tt.topic, h.Score)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("SearchArticles(%q) = %v, want %v", tt.topic, got, tt.want)
		}
	}
}

func TestSearchQuotesPrefersSpeaker(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	a := testArticle("https://example.org/1", "Talks", "body one", time.Date(2012, 3, 25, 0, 0, 0, 0, time.UTC))
	a.Quotes = []newsbot.Quote{
		{Speaker: "Kofi Annan", Mention: "Annan", Cue: "said", Text: "Medvedev has been helpful", Kind: newsbot.Direct},
		{Speaker: "Dmitry Medvedev", Mention: "he", Cue: "said", Text: "this could be the last chance", Kind: newsbot.Indirect},
	}
	b := testArticle("https://example.org/2", "Later talks", "body two", time.Date(2012, 4, 1, 0, 0, 0, 0, time.UTC))
	b.Quotes = []newsbot.Quote{{Speaker: "Dmitry Medvedev", Mention: "Medvedev", Cue: "told", Text: "we support the plan", Kind: newsbot.Direct}}
	for _, x := range []*newsbot.Article{a, b} {
		if _, err := db.UpsertArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	hits, err := db.SearchQuotes(ctx, newsbot.ParseTopic("medvedev"), 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, fmt.Sprintf("%s %v", h.Text, h.BySpeaker))
	}
	// What Medvedev said, newest first, then what was said about him.
	want := []string{"we support the plan true", "this could be the last chance true", "Medvedev has been helpful false"}
	if !slices.Equal(got, want) {
		t.Errorf("SearchQuotes(medvedev) = %q, want %q", got, want)
	}
	hits, err = db.SearchQuotes(ctx, newsbot.ParseTopic("helpful"), 10)
	if err != nil || len(hits) != 1 || hits[0].Speaker != "Kofi Annan" || hits[0].ArticleTitle != "Talks" || hits[0].BySpeaker {
		t.Errorf("SearchQuotes(helpful) = %+v, %v; want Annan's quote from Talks", hits, err)
	}
	// Replacing an article's analysis replaces its quotes in the index too.
	b.Quotes = nil
	b.AnalysisVersion++
	if _, err := db.UpsertArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	hits, _ = db.SearchQuotes(ctx, newsbot.ParseTopic("plan"), 10)
	if len(hits) != 0 {
		t.Errorf("SearchQuotes(plan) after removal = %+v, want none", hits)
	}
	checkIntegrity(t, db)
}

func TestDocumentFrequencies(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	for i, body := range []string{"syria talks\n\nsyria again", "syria markets", "markets only"} {
		if _, err := db.UpsertArticle(ctx, testArticle("https://example.org/"+string(rune('a'+i)), "t", body, time.Time{})); err != nil {
			t.Fatal(err)
		}
	}
	df, n, err := db.DocumentFrequencies(ctx, []string{"syria", "markets", "talks", "absent"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"syria": 2, "markets": 2, "talks": 1}
	if n != 3 || len(df) != len(want) {
		t.Errorf("DocumentFrequencies = %v, %d; want %v, 3", df, n, want)
	}
	for w, c := range want {
		if df[w] != c {
			t.Errorf("df[%q] = %d, want %d", w, df[w], c)
		}
	}
}

func TestConcurrentWritersDoNotLock(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	errs := make(chan error, 4)
	for w := 0; w < 4; w++ {
		go func(w int) {
			var err error
			for i := 0; i < 25 && err == nil; i++ {
				a := testArticle("https://example.org/"+string(rune('a'+w))+"/"+time.Duration(i).String(), "t", "shared words here", time.Time{})
				_, err = db.UpsertArticle(ctx, a)
			}
			errs <- err
		}(w)
	}
	for w := 0; w < 4; w++ {
		if err := <-errs; err != nil {
			t.Errorf("writer: %v", err)
		}
	}
	checkIntegrity(t, db)
}

func TestSettings(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	if v, err := db.Setting(ctx, "k"); err != nil || v != "" {
		t.Errorf("Setting(k) = %q, %v; want empty", v, err)
	}
	db.SetSetting(ctx, "k", "1")
	db.SetSetting(ctx, "k", "2")
	if v, _ := db.Setting(ctx, "k"); v != "2" {
		t.Errorf("Setting(k) = %q, want 2", v)
	}
}

// TestBuildWithoutTagFails proves that forgetting -tags sqlite_fts5 stops
// the build with a message naming the fix, rather than failing at run time
// with "no such module: fts5".
func TestBuildWithoutTagFails(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	cmd := exec.Command(goBin, "build", "-o", os.DevNull, "./fts5tag")
	cmd.Env = append(os.Environ(), "GOFLAGS=-buildvcs=false")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go build without the tag succeeded; want failure\n%s", out)
	}
	if !strings.Contains(string(out), "newsbot_needs_build_tag_sqlite_fts5") {
		t.Errorf("go build output = %s; want it to name the missing tag", out)
	}
	cmd = exec.Command(goBin, "build", "-o", os.DevNull, "-tags", "sqlite_fts5", "./fts5tag")
	cmd.Env = append(os.Environ(), "GOFLAGS=-buildvcs=false")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go build with the tag: %v\n%s", err, out)
	}
}

// FuzzSearch checks that nothing a user types makes a search fail: every
// topic is plain words to FTS5.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"syria", `syria" OR (`, `"`, "NEAR(a b, 2)", "a AND", "OR", "*", "^x", "col:x", "-x", "(((", "\x00"} {
		f.Add(s)
	}
	db, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	a := testArticle("https://example.org/f", "Envoy presses Russia on Syria", "the envoy met the president", time.Time{})
	a.Quotes = []newsbot.Quote{{Speaker: "Kofi Annan", Text: "we will continue", Kind: newsbot.Direct}}
	if _, err := db.UpsertArticle(context.Background(), a); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		topic := newsbot.ParseTopic(s)
		if _, err := db.SearchArticles(context.Background(), topic, 5); err != nil {
			t.Fatalf("SearchArticles(%q): %v", s, err)
		}
		if _, err := db.SearchQuotes(context.Background(), topic, 5); err != nil {
			t.Fatalf("SearchQuotes(%q): %v", s, err)
		}
	})
}

func TestRecent(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	day := time.Date(2024, 5, 6, 8, 0, 0, 0, time.UTC) // a digest was sent at 08:00
	for _, a := range []struct {
		url                string
		published, fetched time.Time
	}{
		{"before", day.Add(-2 * time.Hour), day.Add(-time.Hour)},        // in the previous digest
		{"late", day.Add(-5 * time.Minute), day.Add(5 * time.Minute)},   // published before, arrived after
		{"new", day.Add(3 * time.Hour), day.Add(3 * time.Hour)},         // plainly new
		{"backfill", day.Add(-30 * 24 * time.Hour), day.Add(time.Hour)}, // an old item of a new feed
		{"undated", time.Time{}, day.Add(2 * time.Hour)},                // its news may be of any day: never recent
		{"after", day.Add(25 * time.Hour), day.Add(25 * time.Hour)},     // past the window
		{"at-send", day.Add(-time.Minute), day},                         // sent with the previous digest
	} {
		x := testArticle("https://example.org/"+a.url, "t", "b", a.published)
		x.Fetched = a.fetched
		if _, err := db.UpsertArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	hits, err := db.Recent(ctx, day, day.Add(24*time.Hour), day.Add(-24*time.Hour), 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, strings.TrimPrefix(h.URL, "https://example.org/"))
	}
	want := []string{"new", "late"}
	if !slices.Equal(got, want) {
		t.Errorf("Recent = %v, want %v (dated arrivals in the window, newest first, old backfill and undated left out)", got, want)
	}
}
