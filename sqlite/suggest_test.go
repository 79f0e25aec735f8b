package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsbot-dev/newsbot"
)

// suggestArchive stores a few articles with quotes, newest last.
func suggestArchive(t *testing.T) *DB {
	t.Helper()
	ctx := context.Background()
	db := openTestDB(t)
	day := time.Date(2012, 3, 25, 0, 0, 0, 0, time.UTC)
	quote := func(speaker, text string) newsbot.Quote {
		return newsbot.Quote{Speaker: speaker, Mention: speaker, Cue: "said", Text: text, Kind: newsbot.Direct}
	}
	articles := []struct {
		url, title, outlet string
		quotes             []newsbot.Quote
	}{
		{"https://example.org/1", "Peace Envoy Annan Presses Russia on Syria", "Voice of America",
			[]newsbot.Quote{quote("Kofi Annan", "we will continue"), quote("Dmitry Medvedev", "last chance"), quote("Kofi Annan", "thank you")}},
		{"https://example.org/2", "Medvedev Backs Annan Plan for Syria - BBC News", "BBC News",
			[]newsbot.Quote{quote("Dmitry Medvedev", "we support it")}},
		{"https://example.org/3", "São Paulo votes as running mates debate", "Folha",
			[]newsbot.Quote{quote("José Serra", "a good day")}},
		{"https://example.org/4", "Syria's neighbours brace for refugees", "Example Post",
			[]newsbot.Quote{quote("Medea Benjamin", "no war"), quote("", "unattributed")}},
		{"https://example.org/5", "Reuters | Syria talks stall in Geneva", "Reuters", nil},
	}
	for i, a := range articles {
		art := testArticle(a.url, a.title, "Body text about the news.\n\nMore text.", day.Add(time.Duration(i)*time.Hour))
		art.Outlet = a.outlet
		art.Quotes = a.quotes
		if _, err := db.UpsertArticle(ctx, art); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestSuggestTopics(t *testing.T) {
	db := suggestArchive(t)
	tests := []struct {
		prefix    string
		first     string   // the best suggestion, when set
		want      []string // among the suggestions
		wantNot   []string // never suggested
		wantEmpty bool
	}{
		{prefix: "med", first: "Dmitry Medvedev", want: []string{"Medea Benjamin", "Medvedev"}},
		{prefix: "MEDV", first: "Dmitry Medvedev"},
		{prefix: "dmitry m", first: "Dmitry Medvedev", wantNot: []string{"Medea Benjamin"}},
		{prefix: "kofi a", first: "Kofi Annan"},
		{prefix: "annan", first: "Kofi Annan", want: []string{"Annan", "Peace Envoy Annan Presses Russia on Syria"}},
		{prefix: "syr", first: "Syria", want: []string{"Syria's"}, wantNot: []string{"syria"}},
		{prefix: "syria ", first: "Syria", wantNot: []string{"Syria's"}},
		{prefix: "sao", want: []string{"São"}},
		{prefix: "são p", want: []string{"São Paulo", "São Paulo votes as running mates debate"}},
		{prefix: "jose", first: "José Serra"},
		{prefix: "runnin", want: []string{"running"}},    // stemmed "run" in the index
		{prefix: "presse", want: []string{"Presses"}},    // stemmed "press"
		{prefix: "bbc", wantEmpty: true},                 // the outlet's suffix is not a topic
		{prefix: "reuters", wantEmpty: true},             // nor its prefix
		{prefix: "the", wantNot: []string{"the", "The"}}, // stop words never stand alone
		{prefix: "on s", wantNot: []string{"on Syria"}},  // nor begin a phrase
		{prefix: `"syria* OR (`, wantEmpty: true},        // search syntax is just words
		{prefix: "narnia", wantEmpty: true},              // nothing stored
		{prefix: "s", first: "Syria", wantNot: []string{"Kofi Annan"}},
		{prefix: "", first: "Dmitry Medvedev", want: []string{"Kofi Annan", "Syria"}},
	}
	for _, tt := range tests {
		got, err := db.SuggestTopics(context.Background(), tt.prefix, 25)
		if err != nil {
			t.Fatalf("SuggestTopics(%q): %v", tt.prefix, err)
		}
		if tt.wantEmpty && len(got) > 0 {
			t.Errorf("SuggestTopics(%q) = %q; want none", tt.prefix, got)
		}
		if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
			t.Errorf("SuggestTopics(%q) = %q; want %q first", tt.prefix, got, tt.first)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("SuggestTopics(%q) = %q; want %q among them", tt.prefix, got, w)
			}
		}
		for _, w := range tt.wantNot {
			if slices.Contains(got, w) {
				t.Errorf("SuggestTopics(%q) = %q; want no %q", tt.prefix, got, w)
			}
		}
		seen := map[string]bool{}
		for _, s := range got {
			key := strings.ToLower(s)
			if seen[key] {
				t.Errorf("SuggestTopics(%q) = %q: %q twice", tt.prefix, got, s)
			}
			seen[key] = true
		}
	}
}

func TestSuggestTopicsLimits(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	long := "Syria " + strings.Repeat("ceasefire negotiations continue ", 10)
	for i := range 40 {
		a := testArticle(fmt.Sprintf("https://example.org/%d", i), fmt.Sprintf("Syria word%02d %s", i, long), "Body.", time.Time{})
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	for _, limit := range []int{0, 1, 5, 25} {
		got, err := db.SuggestTopics(ctx, "wor", limit)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != limit {
			t.Errorf("SuggestTopics(limit %d) gave %d: %q", limit, len(got), got)
		}
		titles := 0
		for _, s := range got {
			if n := utf8.RuneCountInString(s); n > 100 || n == 0 {
				t.Errorf("suggestion %q has %d characters; Discord takes 1 to 100", s, n)
			}
			if strings.Count(s, " ") > 3 {
				titles++
			}
		}
		if titles > 3 {
			t.Errorf("SuggestTopics(limit %d) = %q: %d whole titles; want at most 3", limit, got, titles)
		}
	}
}

// TestSuggestTopicsIsFast holds autocompletion to well inside Discord's
// three seconds on an archive of thousands of articles, on every kind of
// prefix, including the broad ones.
func TestSuggestTopicsIsFast(t *testing.T) {
	if testing.Short() {
		t.Skip("fills an archive")
	}
	db := bulkArchive(t, 5000)
	for _, prefix := range []string{"", "s", "sy", "syr", "president m", "runnin", "zzz"} {
		start := time.Now()
		got, err := db.SuggestTopics(context.Background(), prefix, 25)
		if err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 500*time.Millisecond {
			t.Errorf("SuggestTopics(%q) took %v (%d results); want well under a second", prefix, d, len(got))
		}
	}
}

func BenchmarkSuggestTopics(b *testing.B) {
	db := bulkArchive(b, 5000)
	ctx := context.Background()
	for _, prefix := range []string{"", "s", "syr", "president m"} {
		b.Run(fmt.Sprintf("%q", prefix), func(b *testing.B) {
			for b.Loop() {
				if _, err := db.SuggestTopics(ctx, prefix, 25); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// bulkArchive writes n articles and 3n quotes straight into the tables in
// one transaction: only the rows suggestions read, fast to fill.
func bulkArchive(tb testing.TB, n int) *DB {
	tb.Helper()
	db, err := Open(context.Background(), tb.TempDir()+"/bulk.db")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	tx, err := db.db.Begin()
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	places := []string{"Syria", "Russia", "Sydney", "Syracuse", "Santiago", "Seoul", "Paris", "Geneva"}
	people := []string{"Kofi Annan", "Dmitry Medvedev", "Sergei Lavrov", "Bashar al-Assad", "President Macron", "Susan Rice"}
	for i := range n {
		title := fmt.Sprintf("%s talks stall as %s envoy %d visits %s", places[i%len(places)], places[(i+3)%len(places)], i, places[(i+5)%len(places)])
		res, err := tx.Exec(`INSERT INTO articles (url, title, outlet, fetched_at, body, content_hash, created_at, updated_at)
			VALUES (?, ?, 'Wire', 0, 'body', 'h', 0, 0)`, fmt.Sprintf("https://example.org/%d", i), title)
		if err != nil {
			tb.Fatal(err)
		}
		id, _ := res.LastInsertId()
		for j := range 3 {
			if _, err := tx.Exec(`INSERT INTO quotes (article_id, speaker, mention, mention_start, mention_end, cue, text, kind, char_start, char_end)
				VALUES (?, ?, '', 0, 0, 'said', 'words', 'direct', 0, 0)`, id, people[(i+j)%len(people)]); err != nil {
				tb.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
	return db
}
