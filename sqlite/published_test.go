package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// TestPublishedKeepsItsOffset: a publication time comes back in the UTC
// offset it was stored with, from every read path, so that readers see
// the date the outlet printed; one given in UTC comes back in UTC. A
// corrected offset is an update. Written for this test.
func TestPublishedKeepsItsOffset(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	eastern := time.FixedZone("", -5*3600)
	evening := time.Date(2026, 12, 1, 21, 30, 0, 0, eastern) // 02:30 UTC on 2 December
	a := testArticle("https://ledger.example/pier", "Council votes on pier", "the council voted on the pier", evening)
	a.Quotes = []newsbot.Quote{{Speaker: "Dana Whitfield", Mention: "Whitfield", Cue: "said", Text: "the pier will be rebuilt", Kind: newsbot.Indirect}}
	b := testArticle("https://wire.example/pier", "Pier bids open", "bids for the pier open in january", time.Date(2026, 12, 2, 3, 0, 0, 0, time.UTC))
	for _, x := range []*newsbot.Article{a, b} {
		if _, err := db.UpsertArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	check := func(where string, got time.Time, want time.Time) {
		t.Helper()
		_, gotOff := got.Zone()
		_, wantOff := want.Zone()
		if !got.Equal(want) || gotOff != wantOff {
			t.Errorf("%s: published %v; want %v", where, got, want)
		}
	}
	arts, err := db.Articles(ctx, []newsbot.ArticleID{a.ID, b.ID})
	if err != nil || len(arts) != 2 {
		t.Fatalf("Articles = %v, %v", arts, err)
	}
	check("Articles", arts[0].Published, evening)
	check("Articles (UTC)", arts[1].Published, b.Published)
	if arts[1].Published.Location() != time.UTC {
		t.Errorf("a time given in UTC came back in %v", arts[1].Published.Location())
	}
	hits, err := db.SearchArticles(ctx, newsbot.ParseTopic("pier"), 10)
	if err != nil || len(hits) != 2 {
		t.Fatalf("SearchArticles = %v, %v", hits, err)
	}
	for _, h := range hits {
		if h.ID == a.ID {
			check("SearchArticles", h.Published, evening)
		}
	}
	quotes, err := db.SearchQuotes(ctx, newsbot.ParseTopic("whitfield"), 10)
	if err != nil || len(quotes) != 1 {
		t.Fatalf("SearchQuotes = %v, %v", quotes, err)
	}
	check("SearchQuotes", quotes[0].Published, evening)
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// By instant b is the newer and a the older; as printed, a is 1
	// December and b 2 December.
	check("Stats.Oldest", st.Oldest, evening)
	check("Stats.Newest", st.Newest, b.Published)

	// The same instant with the offset corrected is an update, not a
	// copy left unchanged.
	a.Published = evening.In(time.FixedZone("", -8*3600))
	if got, err := db.UpsertArticle(ctx, a); err != nil || got != newsbot.Updated {
		t.Errorf("re-dated article: UpsertArticle = %v, %v; want Updated", got, err)
	}
	if got, err := db.UpsertArticle(ctx, a); err != nil || got != newsbot.Unchanged {
		t.Errorf("same again: UpsertArticle = %v, %v; want Unchanged", got, err)
	}
	arts, err = db.Articles(ctx, []newsbot.ArticleID{a.ID})
	if err != nil || len(arts) != 1 {
		t.Fatalf("Articles = %v, %v", arts, err)
	}
	check("Articles after update", arts[0].Published, a.Published)
}
