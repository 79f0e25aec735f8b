package ingest

import (
	"context"
	"database/sql"
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
	paragraph := paragraphMaker(rng)
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

// paragraphMaker returns a maker of 50-word paragraphs drawn from a
// Zipf-distributed vocabulary of 20,000 words.
func paragraphMaker(rng *rand.Rand) func() string {
	zipf := rand.NewZipf(rng, 1.1, 2, 19999)
	return func() string {
		ws := make([]string, 50)
		for i := range ws {
			ws[i] = fmt.Sprintf("w%x", zipf.Uint64()*2654435761%1000003)
		}
		return strings.Join(ws, " ") + "."
	}
}

// TestBandKeysFindHalfLengthCopies: over 500 generated articles of eight
// paragraphs, each shares a band key with its first half, the shortest
// copy the banding is sized for, and no two articles that are not copies
// share one. Texts too short to compare have no keys.
func TestBandKeysFindHalfLengthCopies(t *testing.T) {
	paragraph := paragraphMaker(rand.New(rand.NewPCG(3, 4)))
	const n = 500
	holders := map[newsbot.BandKey][]int{} // key -> articles; copy i is n+i
	for i := range n {
		var paras []string
		for range 8 {
			paras = append(paras, paragraph())
		}
		whole, half := Fingerprint(strings.Join(paras, "\n\n")), Fingerprint(strings.Join(paras[:4], "\n\n"))
		if c := Containment(whole, half); c < SameStory {
			t.Fatalf("article %d: its first half scores %.2f; the generator makes no copies", i, c)
		}
		for j, fp := range []newsbot.Fingerprint{whole, half} {
			keys := bandKeys(fp)
			if len(keys) != bands {
				t.Fatalf("article %d: %d band keys, want %d", i, len(keys), bands)
			}
			for _, k := range keys {
				if l := holders[k]; len(l) == 0 || l[len(l)-1] != i+j*n {
					holders[k] = append(l, i+j*n)
				}
			}
		}
	}
	found, unrelated := map[int]bool{}, map[[2]int]bool{}
	for _, l := range holders {
		for x := range l {
			for _, y := range l[x+1:] {
				if a, b := l[x]%n, y%n; a == b {
					found[a] = true
				} else {
					unrelated[[2]int{min(a, b), max(a, b)}] = true
				}
			}
		}
	}
	t.Logf("%d of %d half-length copies share a key with their original; %d unrelated pairs share one", len(found), n, len(unrelated))
	if len(found) != n {
		t.Errorf("%d of %d half-length copies are candidates; want all", len(found), n)
	}
	if len(unrelated) != 0 {
		t.Errorf("%d pairs of unrelated articles share a band key; want none", len(unrelated))
	}

	long := Fingerprint(wireBody(t, "original"))
	for _, fp := range []newsbot.Fingerprint{Fingerprint(""), Fingerprint("Too short to tell apart."), nil, append([]byte{2}, long[1:]...)} {
		if keys := bandKeys(fp); keys != nil {
			t.Errorf("bandKeys(%x) = %v; want none for a fingerprint Containment would not compare", fp, keys)
		}
	}
}

// TestCandidatesForHalfLengthCopy: in an archive holding the wire story,
// reports written independently about the same event and unrelated
// articles, a copy made of the story's first half finds the story alone
// as a candidate, and joins its story.
func TestCandidatesForHalfLengthCopy(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	im := &Importer{Store: db, Stories: db}
	day := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	save := func(url, body string) newsbot.Article {
		t.Helper()
		a := newsbot.Article{URL: url, Title: url, Body: body, Published: day}
		if _, err := im.Save(ctx, &a); err != nil {
			t.Fatal(err)
		}
		return a
	}
	original := save("https://wire.example/original", wireBody(t, "original"))
	others := map[newsbot.ArticleID]bool{
		save("https://a.example/independent-1", wireBody(t, "independent-1")).ID: true,
		save("https://b.example/independent-2", wireBody(t, "independent-2")).ID: true,
	}
	for _, a := range generatedArticles(20, time.Hour)[:4] {
		others[save(a.URL, a.Body).ID] = true
	}
	paras := strings.Split(original.Body, "\n\n")
	halfBody := strings.Join(paras[:len(paras)/2], "\n\n")
	if r := float64(len(strings.Fields(halfBody))) / float64(len(strings.Fields(original.Body))); r > 0.55 {
		t.Fatalf("the copy is %.0f%% of the original; want about half", 100*r)
	}
	half := Fingerprint(halfBody)
	got, err := db.Candidates(ctx, bandKeys(half), day.Add(-storyWindow), day.Add(storyWindow), 0)
	if err != nil || len(got) != 1 || got[0].ID != original.ID {
		t.Fatalf("candidates for a half-length copy = %+v, %v; want the original (article %d) alone", got, err, original.ID)
	}
	for id := range others {
		arts, _ := db.Articles(ctx, []newsbot.ArticleID{id})
		got, err := db.Candidates(ctx, bandKeys(Fingerprint(arts[0].Body)), day.Add(-storyWindow), day.Add(storyWindow), id)
		if err != nil || len(got) != 0 {
			t.Errorf("candidates for unrelated article %d = %+v, %v; want none", id, got, err)
		}
		if arts[0].StoryID != id {
			t.Errorf("unrelated article %d is in story %d", id, arts[0].StoryID)
		}
	}
	if copied := save("https://c.example/half", halfBody); copied.StoryID != original.ID {
		t.Errorf("the half-length copy is in story %d; want the original's, %d", copied.StoryID, original.ID)
	}
}

// TestGroupStoriesAfterBandMigration: an archive grouped before band keys
// existed (fingerprints and stories, no keys) keeps its stories through
// migration 0004, which clears the fingerprints; the backfill then
// regroups every article, with keys, into the same stories, so that a copy
// arriving later finds them.
func TestGroupStoriesAfterBandMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	im := &Importer{Store: db, Stories: db}
	names := []string{"original", "copy-trimmed", "independent-2", "copy-edited"}
	stored := map[string]newsbot.Article{}
	for _, name := range names {
		a := newsbot.Article{URL: "file:///" + name, Title: name, Body: wireBody(t, name), Published: time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)}
		if _, err := im.Save(ctx, &a); err != nil {
			t.Fatal(err)
		}
		stored[name] = a
	}
	if stored["copy-trimmed"].StoryID != stored["original"].ID || stored["copy-edited"].StoryID != stored["original"].ID ||
		stored["independent-2"].StoryID != stored["independent-2"].ID {
		t.Fatalf("stories before the migration: %+v", stored)
	}
	db.Close()

	// Wind the schema back to before migration 0004: what the window scan
	// left (the same fingerprints, the same stories), without band keys.
	raw, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`DROP TABLE story_bands; DELETE FROM schema_migrations WHERE version = 4`); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	im = &Importer{Store: db, Stories: db}
	if un, err := db.Unfingerprinted(ctx, 100); err != nil || len(un) != len(names) {
		t.Fatalf("after the migration, Unfingerprinted = %v, %v; want all %d articles", un, err, len(names))
	}
	check := func(when string) {
		t.Helper()
		for _, name := range names {
			arts, err := db.Articles(ctx, []newsbot.ArticleID{stored[name].ID})
			if err != nil || len(arts) != 1 || arts[0].StoryID != stored[name].StoryID {
				t.Errorf("%s: %s is in story %+v, %v; want %d", when, name, arts, err, stored[name].StoryID)
			}
		}
	}
	check("before the backfill")
	if n, err := im.GroupStories(ctx, 100); err != nil || n != len(names) {
		t.Fatalf("GroupStories = %d, %v; want %d", n, err, len(names))
	}
	check("after the backfill")
	late := newsbot.Article{URL: "file:///copy-local", Title: "copy-local", Body: wireBody(t, "copy-local"), Published: time.Date(2026, 5, 5, 9, 0, 0, 0, time.UTC)}
	if _, err := im.Save(ctx, &late); err != nil || late.StoryID != stored["original"].ID {
		t.Errorf("a copy stored after the backfill is in story %d, %v; want %d", late.StoryID, err, stored["original"].ID)
	}
}
