package ingest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/ingest/extract"
	"github.com/newsbot-dev/newsbot/sqlite"
)

func wireBody(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "wire", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return extract.Text(string(data)).Body()
}

// TestContainmentSeparatesCopiesFromReports: every copy of the wire story
// is one story with the original; reports written independently about the
// same event are not, nor are they copies of each other.
func TestContainmentSeparatesCopiesFromReports(t *testing.T) {
	original := Fingerprint(wireBody(t, "original"))
	lowestCopy := 1.0
	for _, name := range []string{"copy-identical", "copy-trimmed", "copy-new-lede", "copy-edited", "copy-local"} {
		c := Containment(original, Fingerprint(wireBody(t, name)))
		t.Logf("original ~ %s: %.2f", name, c)
		if c < SameStory {
			t.Errorf("%s: containment %.2f < %.2f; want the same story", name, c, SameStory)
		}
		if d := Containment(Fingerprint(wireBody(t, name)), original); d != c {
			t.Errorf("%s: containment is not symmetric: %.2f vs %.2f", name, c, d)
		}
		lowestCopy = min(lowestCopy, c)
	}
	highestOther := 0.0
	for _, pair := range [][2]string{{"original", "independent-1"}, {"original", "independent-2"},
		{"independent-1", "independent-2"}, {"copy-local", "independent-1"}} {
		c := Containment(Fingerprint(wireBody(t, pair[0])), Fingerprint(wireBody(t, pair[1])))
		t.Logf("%s ~ %s: %.2f", pair[0], pair[1], c)
		if c >= SameStory/2 {
			t.Errorf("%s ~ %s: containment %.2f; want well under %.2f", pair[0], pair[1], c, SameStory)
		}
		highestOther = max(highestOther, c)
	}
	t.Logf("lowest copy %.2f, highest independent %.2f, threshold %.2f", lowestCopy, highestOther, SameStory)
}

func TestFingerprintEdgeCases(t *testing.T) {
	short := Fingerprint("Too short to tell apart.")
	if c := Containment(short, short); c != 0 {
		t.Errorf("a text under %d shingles is nobody's copy: %.2f", minShingles, c)
	}
	long := Fingerprint(strings.Repeat("word ", 10) + wireBody(t, "original"))
	if c := Containment(long, long); c != 1 {
		t.Errorf("self containment = %.2f, want 1", c)
	}
	for _, bad := range [][]byte{nil, {}, {9}, append([]byte{2}, long[1:]...)} {
		if c := Containment(bad, long); c != 0 {
			t.Errorf("Containment(%v, fp) = %.2f; want 0 for an unusable fingerprint", bad, c)
		}
	}
	if Containment(Fingerprint(""), Fingerprint("")) != 0 {
		t.Errorf("empty bodies are not copies")
	}
}

// BenchmarkGroupStories stores n generated articles, one in five a copy
// (a trimmed first half or a re-led whole) of one of the 50 before it,
// dated over 30 days, into a fresh archive with grouping on, and reports
// the time per article and how many articles joined an earlier story
// (n/5 when every copy is found). Analysis is off: what is measured is storing and
// grouping. Run with -benchtime=1x; each iteration is a whole archive.
func BenchmarkGroupStories(b *testing.B) {
	for _, n := range []int{2000, 10000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			arts := generatedArticles(n, 30*24*time.Hour)
			ctx := context.Background()
			var total time.Duration
			grouped := 0
			for i := 0; b.Loop(); i++ {
				db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
				if err != nil {
					b.Fatal(err)
				}
				im := &Importer{Store: db, Stories: db, Now: func() time.Time { return arts[0].Published }}
				start := time.Now()
				for j := range arts {
					a := arts[j]
					if _, err := im.Save(ctx, &a); err != nil {
						b.Fatal(err)
					}
					if a.StoryID == 0 {
						b.Fatalf("article %d was not grouped", j)
					}
					if a.StoryID != a.ID {
						grouped++
					}
				}
				total += time.Since(start)
				db.Close()
			}
			b.ReportMetric(float64(total.Nanoseconds())/float64(b.N*n), "ns/article")
			b.ReportMetric(float64(grouped)/float64(b.N), "copies/archive")
		})
	}
}

// generatedArticles makes n articles of six 50-word paragraphs drawn from
// a Zipf-distributed vocabulary (so unrelated articles share common
// phrases, as news text does), dated evenly over span; every fifth is a
// copy of one of the 50 before it, trimmed to its first half or re-led.
func generatedArticles(n int, span time.Duration) []newsbot.Article {
	rng := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(rng, 1.1, 2, 19999)
	word := func() string {
		k := zipf.Uint64()
		return fmt.Sprintf("w%x", k*2654435761%1000003)
	}
	paragraph := func() string {
		ws := make([]string, 50)
		for i := range ws {
			ws[i] = word()
		}
		return strings.Join(ws, " ") + "."
	}
	base := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	arts := make([]newsbot.Article, n)
	for i := range arts {
		var paras []string
		if i%5 == 4 {
			src := strings.Split(arts[i-1-rng.IntN(min(i, 50))].Body, "\n\n")
			if rng.IntN(2) == 0 {
				paras = src[:len(src)/2]
			} else {
				paras = append([]string{paragraph()}, src[1:]...)
			}
		} else {
			for range 6 {
				paras = append(paras, paragraph())
			}
		}
		arts[i] = newsbot.Article{
			URL:       fmt.Sprintf("https://outlet%d.example/%d", i%10, i),
			Title:     fmt.Sprintf("Story %d", i),
			Outlet:    fmt.Sprintf("Outlet %d", i%10),
			Published: base.Add(time.Duration(i) * span / time.Duration(n)),
			Body:      strings.Join(paras, "\n\n"),
		}
	}
	return arts
}
