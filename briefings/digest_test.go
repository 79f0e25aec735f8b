package briefings

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// clusterFixture holds articles written for this test, in groups that
// report the same event (and one that shares only a place name with another).
type clusterFixture struct {
	Group      string   `json:"group"`
	Outlet     string   `json:"outlet"`
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
}

func loadClusterFixtures(t *testing.T, at time.Time) ([]newsbot.Article, []string) {
	t.Helper()
	data, err := os.ReadFile("testdata/clusters.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx []clusterFixture
	if err := json.Unmarshal(data, &fx); err != nil {
		t.Fatal(err)
	}
	var arts []newsbot.Article
	var groups []string
	for i, f := range fx {
		a := article(newsbot.ArticleID(i+1), fmt.Sprintf("https://news.example/%d", i), f.Title, f.Outlet, f.Paragraphs...)
		a.Published = at.Add(-time.Duration(i) * time.Hour)
		arts = append(arts, a)
		groups = append(groups, f.Group)
	}
	return arts, groups
}

// TestClusterPrecision measures pairwise precision and recall of Cluster on
// fixtures with known groups: a pair is right when both sides agree that
// its two articles report the same event.
func TestClusterPrecision(t *testing.T) {
	arts, gold := loadClusterFixtures(t, time.Date(2024, 5, 6, 12, 0, 0, 0, time.UTC))
	clusters := Cluster(arts, nil, ClusterThreshold)
	got := make([]int, len(arts))
	for c, members := range clusters {
		for _, i := range members {
			got[i] = c
		}
	}
	tp, fp, fn := 0, 0, 0
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			same, predicted := gold[i] == gold[j], got[i] == got[j]
			switch {
			case same && predicted:
				tp++
			case predicted:
				fp++
				t.Logf("wrongly merged: %q + %q", arts[i].Title, arts[j].Title)
			case same:
				fn++
				t.Logf("wrongly split: %q / %q", arts[i].Title, arts[j].Title)
			}
		}
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("pairwise precision %.2f, recall %.2f (%d clusters for 6 events)", precision, recall, len(clusters))
	if precision < 1 || recall < 0.8 {
		t.Errorf("clustering precision %.2f recall %.2f; want 1.00 and >= 0.80", precision, recall)
	}
}

func TestBuildDigest(t *testing.T) {
	now := time.Date(2024, 5, 6, 12, 0, 0, 0, time.UTC)
	arts, _ := loadClusterFixtures(t, now)
	d := BuildDigest(arts, nil, nil, now, DigestOptions{})
	if len(d.Stories) < 5 || len(d.Stories) > 10 {
		t.Fatalf("digest has %d stories; want 5 to 10", len(d.Stories))
	}
	top := d.Stories[0]
	if len(top.Outlets) < 3 {
		t.Errorf("top story %q has %d outlets; want the widest-covered story first", top.Headline, len(top.Outlets))
	}
	for _, s := range d.Stories {
		// The first sentence comes from the article whose headline the story carries.
		first := d.Sources[s.Sentences[0].Citations[0]-1]
		if !slices.ContainsFunc(s.Sentences[0].Citations, func(c int) bool { return d.Sources[c-1].Title == s.Headline }) {
			t.Errorf("story %q opens with a sentence from %q", s.Headline, first.Title)
		}
		if s.Headline == "" || len(s.Sentences) == 0 || len(s.Sentences) > 2 || len(s.Sources) == 0 {
			t.Errorf("story %+v: want a headline, 1-2 sentences and sources", s)
		}
		for _, bs := range s.Sentences {
			for _, c := range bs.Citations {
				if !slices.Contains(s.Sources, c) {
					t.Errorf("story %q cites [%d] outside its sources %v", s.Headline, c, s.Sources)
				}
			}
		}
	}
	if d.QuoteOfDay == nil || d.QuoteOfDay.Speaker == "" {
		t.Errorf("QuoteOfDay = %+v; want a strong attributed quote", d.QuoteOfDay)
	} else if d.QuoteOfDay.Citation < 1 || d.QuoteOfDay.Citation > len(d.Sources) {
		t.Errorf("QuoteOfDay cites [%d] of %d sources", d.QuoteOfDay.Citation, len(d.Sources))
	}

	// Topics filter and reorder.
	d = BuildDigest(arts, []string{"interest rates", "marisol"}, nil, now, DigestOptions{})
	var heads []string
	for _, s := range d.Stories {
		heads = append(heads, s.Headline)
	}
	if len(d.Stories) != 2 || !strings.Contains(strings.Join(heads, "|"), "Freedonia") || !strings.Contains(strings.Join(heads, "|"), "Marisol") {
		t.Errorf("topic digest = %q; want the rates and election stories only", heads)
	}

	// An empty window is an empty digest, not an error.
	if d := BuildDigest(nil, nil, nil, now, DigestOptions{}); !d.Empty() || d.Articles != 0 {
		t.Errorf("empty digest = %+v", d)
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kofi Annan, the U.N. envoy, met Russian President Dmitry Medvedev in Moscow.",
			[]string{"kofi annan", "un", "russian president dmitry medvedev", "moscow"}},
		{"The Kremlin said Syria's war must end.", []string{"kremlin", "syria"}},
		{"Russia is an ally of Syria.", []string{"syria"}},
		{"George W. Bush spoke.", []string{"george w bush"}},
	}
	for _, tt := range tests {
		if got := Entities(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Entities(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A direct quote from the second story is a better quote of the day than
// a paraphrase from the first.
func TestQuoteOfDayPrefersOwnWords(t *testing.T) {
	para := newsbot.Quote{Speaker: "Ann Reed", Mention: "Reed", Cue: "said", Kind: newsbot.Indirect,
		Text: "talks on the grain corridor would resume next week in the capital"}
	direct := newsbot.Quote{Speaker: "Tom Ames", Mention: "Ames", Cue: "said", Kind: newsbot.Direct,
		Text: "“We will not sign anything that leaves our farmers worse off,”"}
	if p, d := quoteOfDayScore(para, 0), quoteOfDayScore(direct, 1); d <= p {
		t.Errorf("direct from story 2 scores %.2f, paraphrase from story 1 %.2f; want the direct quote first", d, p)
	}
}

// A story with nothing fit to show takes no slot and no source number.
func TestDigestSkipsStoriesWithNothingToShow(t *testing.T) {
	now := time.Date(2024, 5, 6, 12, 0, 0, 0, time.UTC)
	empty := article(30, "https://a.example/empty", "Gallery: the week in pictures", "Alpha News",
		"Share this article on Facebook")
	empty.Published = now.Add(-time.Hour)
	full := article(31, "https://b.example/full", "Ferry crews walk out", "Beta Times",
		"Ferry crews in Skerra walked out on Monday over pay, halting crossings to the islands.")
	full.Published = now.Add(-2 * time.Hour)
	d := BuildDigest([]newsbot.Article{empty, full}, nil, nil, now, DigestOptions{MaxStories: 1})
	if len(d.Stories) != 1 || d.Stories[0].Headline != "Ferry crews walk out" {
		t.Fatalf("stories %+v; want the ferry story in the one slot", d.Stories)
	}
	if len(d.Sources) != 1 || d.Sources[0].Title != "Ferry crews walk out" {
		t.Errorf("sources %+v; want only the story shown", d.Sources)
	}
}
