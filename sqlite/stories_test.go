package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// TestCandidates: an article is a candidate when it shares a band key, is
// dated within the window and is not the one asking; storing a story again
// replaces the article's keys, and deleting the article deletes them.
func TestCandidates(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	day := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	ids := map[string]newsbot.ArticleID{}
	for _, c := range []struct {
		name string
		date time.Time
		keys []newsbot.BandKey
	}{
		{"a", day, []newsbot.BandKey{1, 2}},
		{"b", day.Add(24 * time.Hour), []newsbot.BandKey{2, 3, 3}}, // a repeated key is stored once
		{"late", day.Add(10 * 24 * time.Hour), []newsbot.BandKey{1}},
		{"other", day, []newsbot.BandKey{9}},
		{"keyless", day, nil},
	} {
		a := testArticle("https://x.example/"+c.name, c.name, "the harbour reopened on friday after the storm", c.date)
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		ids[c.name] = a.ID
		if err := db.SetStory(ctx, a.ID, newsbot.Fingerprint(c.name), c.keys, 0); err != nil {
			t.Fatal(err)
		}
	}
	from, to := day.Add(-7*24*time.Hour), day.Add(7*24*time.Hour)
	for _, c := range []struct {
		keys   []newsbot.BandKey
		except string
		want   []string
	}{
		{[]newsbot.BandKey{1, 3}, "", []string{"a", "b"}}, // late is out of the window
		{[]newsbot.BandKey{1, 3}, "b", []string{"a"}},
		{[]newsbot.BandKey{2}, "a", []string{"b"}},
		{[]newsbot.BandKey{9, 9}, "", []string{"other"}},
		{[]newsbot.BandKey{4}, "", nil},
		{nil, "", nil},
	} {
		got, err := db.Candidates(ctx, c.keys, from, to, ids[c.except])
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, m := range got {
			names = append(names, string(m.Fingerprint))
			if m.StoryID != m.ID {
				t.Errorf("candidate %s: story %d; want its own", m.Fingerprint, m.StoryID)
			}
		}
		if strings.Join(names, ",") != strings.Join(c.want, ",") {
			t.Errorf("Candidates(%v, except %q) = %v; want %v", c.keys, c.except, names, c.want)
		}
	}
	if got, _ := db.Candidates(ctx, []newsbot.BandKey{1}, from, day.Add(14*24*time.Hour), 0); len(got) != 2 {
		t.Errorf("a wider window = %+v; want a and late", got)
	}

	if err := db.SetStory(ctx, ids["b"], newsbot.Fingerprint("b"), []newsbot.BandKey{5}, ids["a"]); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Candidates(ctx, []newsbot.BandKey{2, 3}, from, to, 0); len(got) != 1 || got[0].ID != ids["a"] {
		t.Errorf("b's old keys still find %+v; want a alone", got)
	}
	if got, _ := db.Candidates(ctx, []newsbot.BandKey{5}, from, to, 0); len(got) != 1 || got[0].ID != ids["b"] || got[0].StoryID != ids["a"] {
		t.Errorf("b's new key finds %+v; want b in a's story", got)
	}
	if _, err := db.db.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, ids["a"]); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM story_bands WHERE article_id = ?`, ids["a"]).Scan(&n); err != nil || n != 0 {
		t.Errorf("a deleted article keeps %d band keys (%v)", n, err)
	}
}

// TestCandidatesQueryPlan: finding candidates searches the band keys and
// the articles they name; it never scans the archive, which is what made
// grouping slow down as the archive grew.
func TestCandidatesQueryPlan(t *testing.T) {
	db := openTestDB(t)
	args := []any{1, 2, 3, 0, 0, 1}
	rows, err := db.db.Query(`EXPLAIN QUERY PLAN `+candidatesQuery(3), args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	got := strings.Join(plan, "\n")
	t.Logf("plan:\n%s", got)
	if strings.Contains(got, "SCAN articles") || strings.Contains(got, "SCAN story_bands") ||
		!strings.Contains(got, "SEARCH story_bands USING PRIMARY KEY (band_key=?)") {
		t.Errorf("the candidate query scans a table:\n%s", got)
	}
}

// TestBandMigrationClearsFingerprints: migration 0004 clears fingerprints
// stored without band keys, so that the backfill regroups their articles,
// and keeps their stories in the meantime.
func TestBandMigrationClearsFingerprints(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	var ids []newsbot.ArticleID
	for _, u := range []string{"https://a.example/x", "https://b.example/x"} {
		a := testArticle(u, "Harbour reopens", "the harbour reopened on friday after the storm", day)
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	if _, err := db.db.ExecContext(ctx, `DROP TABLE story_bands; DELETE FROM schema_migrations WHERE version = 4;
		UPDATE articles SET fingerprint = x'01', story_id = ?`, ids[0]); err != nil {
		t.Fatal(err)
	}
	db.Close()

	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, err := db.SchemaVersion(ctx); err != nil || v < 4 {
		t.Errorf("SchemaVersion = %d, %v; want 4 or later", v, err)
	}
	if un, err := db.Unfingerprinted(ctx, 10); err != nil || len(un) != 2 {
		t.Errorf("Unfingerprinted = %v, %v; want both articles", un, err)
	}
	arts, _ := db.Articles(ctx, ids)
	for _, a := range arts {
		if a.StoryID != ids[0] {
			t.Errorf("article %d is in story %d; want %d, kept until regrouped", a.ID, a.StoryID, ids[0])
		}
	}
	if err := db.SetStory(ctx, ids[1], newsbot.Fingerprint{1}, []newsbot.BandKey{7}, ids[0]); err != nil {
		t.Errorf("SetStory after the migration: %v", err)
	}
}
