package sqlite

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// !quotes lists "Newest first". An undated article (a file that states no
// date) was stored today, and ordering by the time it was stored put a
// hydrologist's statement of unknown age above what she said yesterday.
// Dated articles come first, newest first; undated ones after them.
// Written for this test.
func TestSearchQuotesUndatedLast(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	day := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	for _, a := range []struct {
		url, said string
		published time.Time
		fetched   time.Time
	}{
		{"https://example.org/undated", "the drought was not a one-off", time.Time{}, day.Add(48 * time.Hour)},
		{"https://example.org/older", "the reservoir had been falling since June", day.Add(-72 * time.Hour), day},
		{"https://example.org/newer", "the reservoir would not recover before spring", day, day},
	} {
		x := testArticle(a.url, "Reservoir", "body", a.published)
		x.Fetched = a.fetched
		x.Quotes = []newsbot.Quote{{Speaker: "Helena Okafor", Mention: "Okafor", Cue: "said", Text: a.said, Kind: newsbot.Indirect}}
		if _, err := db.UpsertArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	hits, err := db.SearchQuotes(ctx, newsbot.ParseTopic("okafor"), 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.Text)
	}
	want := []string{"the reservoir would not recover before spring", "the reservoir had been falling since June", "the drought was not a one-off"}
	if !slices.Equal(got, want) {
		t.Errorf("SearchQuotes(okafor) = %q; want %q (newest first, undated last)", got, want)
	}
}
