package briefings_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// strikeArchive stores testdata/strike.jsonl, invented news that the word
// "strike" joins: a rail strike told over four days (the walkout, its
// second day, the freight backlog, the pay deal that ends it), a ferry
// crews' walkout, an air strike in a war, and a bowling final.
func strikeArchive(t *testing.T) *briefings.Engine {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f, err := os.Open("testdata/strike.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r struct{ URL, Title, Text, Published, Source string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		when, err := time.Parse(time.RFC3339, r.Published)
		if err != nil {
			t.Fatal(err)
		}
		a := &newsbot.Article{URL: r.URL, Title: r.Title, Outlet: r.Source, Published: when, Body: r.Text}
		briefings.Analyze(a)
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	return &briefings.Engine{Store: db}
}

// storyOf names the invented story an article's address belongs to.
func storyOf(url string) string {
	for _, s := range []string{"rail", "ferry", "kessa", "tenpin"} {
		if strings.Contains(url, s) {
			return s
		}
	}
	return url
}

// A briefing is about one story. "strike" matches four unrelated ones; the
// briefing tells the leading one (the rail strike, most covered), its pay
// deal included, and names the others, each with a topic that briefs it
// alone.
func TestBriefTellsOneStory(t *testing.T) {
	e := strikeArchive(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 12, 18, 0, 0, 0, time.UTC)
	b, err := e.Brief(ctx, "strike", now)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range b.Sources {
		if got := storyOf(s.URL); got != "rail" {
			t.Errorf("strike: source %q is from the %s story; want the rail strike only", s.Title, got)
		}
	}
	if len(b.Sentences) < 3 {
		t.Errorf("strike: %d sentences; want a full briefing of the rail strike", len(b.Sentences))
	}
	if b.Matched != 8 {
		t.Errorf("strike: Matched = %d; want 8, every article with the word", b.Matched)
	}
	got := map[string]newsbot.OtherStory{}
	for _, o := range b.Others {
		got[storyOf(findURL(t, e, o.Headline))] = o
	}
	for _, want := range []string{"ferry", "kessa", "tenpin"} {
		o, ok := got[want]
		if !ok {
			t.Errorf("strike: the %s story is not named among the others: %+v", want, b.Others)
			continue
		}
		if o.Topic == "" {
			t.Errorf("strike: no topic to ask for %q", o.Headline)
			continue
		}
		nb, err := e.Brief(ctx, o.Topic, now)
		if err != nil {
			t.Errorf("brief %q: %v", o.Topic, err)
			continue
		}
		if len(nb.Others) > 0 {
			t.Errorf("brief %q still mixes stories: %+v", o.Topic, nb.Others)
		}
		if nb.Matched != o.Articles {
			t.Errorf("brief %q matches %d articles; want the %d of %q", o.Topic, nb.Matched, o.Articles, o.Headline)
		}
		for _, s := range nb.Sources {
			if storyOf(s.URL) != want {
				t.Errorf("brief %q cites %q, not of the %s story", o.Topic, s.Title, want)
			}
		}
	}
	if len(b.Others) != 3 {
		t.Errorf("strike: %d other stories; want 3: %+v", len(b.Others), b.Others)
	}

	// Asked with a time span, the narrower topics keep it: the same
	// question about another story.
	wb, err := e.Brief(ctx, "strike this week", now)
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Others) == 0 || wb.Period != "the past 7 days" {
		t.Errorf("strike this week: period %q, others %+v; want the past 7 days, with others", wb.Period, wb.Others)
	}
	for _, o := range wb.Others {
		if o.Topic != "" && !strings.HasSuffix(o.Topic, " strike this week") {
			t.Errorf("strike this week: other story's topic %q does not keep the span", o.Topic)
		}
	}

	// Guard: asked for the rail strike, all four chapters of it are one
	// briefing and nothing else is named.
	rb, err := e.Brief(ctx, "rail strike", now)
	if err != nil {
		t.Fatal(err)
	}
	if len(rb.Others) > 0 {
		t.Errorf("rail strike: one developing story split: %+v", rb.Others)
	}
}

func findURL(t *testing.T, e *briefings.Engine, headline string) string {
	t.Helper()
	hits, err := e.Store.SearchArticles(context.Background(), newsbot.ParseTopic(headline), 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Title == headline {
			return h.URL
		}
	}
	t.Fatalf("no article titled %q", headline)
	return ""
}
