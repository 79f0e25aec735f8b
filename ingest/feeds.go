package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/ingest/extract"
	"github.com/newsbot-dev/newsbot/ingest/feed"
	"github.com/newsbot-dev/newsbot/ingest/fetch"
)

// fullTextWords: an item whose own text is shorter is taken for a teaser
// and its page is fetched for the full article.
const fullTextWords = 150

// minFallbackWords: a teaser this long is stored as it is when its page
// yields no article; shorter ones are not worth a briefing sentence.
const minFallbackWords = 25

// Poll fetches a feed conditionally and stores its new items, for the
// schedule: the outcome, failures included, is in the FeedCheck.
func (w *Web) Poll(ctx context.Context, f newsbot.Feed) newsbot.FeedCheck {
	check := newsbot.FeedCheck{}
	resp, fd, err := w.fetchFeed(ctx, f.URL, f.ETag, f.LastModified)
	check.Checked = w.now()
	if err != nil {
		check.Err = err
		var se *fetch.StatusError
		if errors.As(err, &se) {
			check.RetryAfter = se.RetryAfter
		}
		return check
	}
	check.FreshFor, check.ETag, check.LastModified = resp.FreshFor, resp.ETag, resp.LastModified
	if moved := CanonicalURL(resp.URL); resp.Moved && moved != f.URL {
		// Its items are still recorded under f.URL this time; the store
		// carries them over when it moves the feed.
		check.MovedTo = moved
	}
	if resp.NotModified {
		check.NotModified = true
		check.Report.Title = f.Title
		return check
	}
	rep, _, err := w.storeItems(ctx, f.URL, fd, time.Time{})
	check.Report = rep
	if err != nil {
		check.Err = err
	}
	if rep.Pending > 0 {
		// Without validators the next check reads the feed in full and
		// retries the items left over.
		check.ETag, check.LastModified = "", ""
	}
	return check
}

// fetchFeed fetches and parses a feed; a 304 returns no feed.
func (w *Web) fetchFeed(ctx context.Context, feedURL, etag, lastModified string) (*fetch.Response, feed.Feed, error) {
	resp, err := w.Client.Get(ctx, fetch.Request{URL: feedURL, Accept: acceptFeed, MaxBytes: fetch.MaxFeedBytes,
		ETag: etag, LastModified: lastModified})
	if err != nil || resp.NotModified {
		return resp, feed.Feed{}, err
	}
	fd, err := parseFeed(resp)
	return resp, fd, err
}

// parseFeed reads a fetched feed, classifying failures for users.
func parseFeed(resp *fetch.Response) (feed.Feed, error) {
	fd, err := feed.Parse(resp.Body, resp.URL, resp.ContentType)
	switch {
	case errors.Is(err, feed.ErrNotFeed):
		return fd, &newsbot.Error{Code: newsbot.EINVALID, Op: "parse feed " + resp.URL, Err: err,
			Message: "That address is not an RSS, Atom or JSON feed."}
	case err != nil:
		return fd, &newsbot.Error{Code: newsbot.EINVALID, Op: "parse feed " + resp.URL, Err: err,
			Message: "That feed is malformed, so I cannot read it."}
	}
	return fd, nil
}

// itemOutcome is what became of one feed item.
type itemOutcome struct {
	result  newsbot.UpsertResult // 0 when not stored
	skipped string               // why it was skipped for good
	pending bool                 // try again next time
}

// storeItems stores a feed's new items: those whose GUID is unknown, or
// that the feed says were updated since. Items are done in feed order by
// PageWorkers at a time; none is started after until (zero: no bound),
// and none beyond MaxItems. until is wall-clock time (it bounds how long a
// command waits), not the injected clock. Only a storage failure or a cancelled context
// is an error; an item that fails is skipped or left pending.
func (w *Web) storeItems(ctx context.Context, feedURL string, fd feed.Feed, until time.Time) (newsbot.FeedReport, []Skip, error) {
	rep := newsbot.FeedReport{Title: fd.Title, Found: len(fd.Items)}
	guids := make([]string, len(fd.Items))
	for i, it := range fd.Items {
		guids[i] = it.GUID
	}
	seen := map[string]time.Time{}
	if w.Items != nil {
		var err error
		if seen, err = w.Items.SeenFeedItems(ctx, feedURL, guids); err != nil {
			return rep, nil, err
		}
	}
	var todo []feed.Item
	done := map[string]bool{}
	for _, it := range fd.Items {
		at, ok := seen[it.GUID]
		switch {
		case done[it.GUID]: // the same item twice in one feed
		case ok && !(it.Updated.After(at) && !at.IsZero()):
			rep.Unchanged++
		default:
			todo = append(todo, it)
		}
		done[it.GUID] = true
	}
	maxItems := w.MaxItems
	if maxItems <= 0 {
		maxItems = 100
	}
	if len(todo) > maxItems {
		rep.Pending += len(todo) - maxItems
		todo = todo[:maxItems]
	}
	workers := w.PageWorkers
	if workers <= 0 {
		workers = 4
	}
	fi := feedInfo{url: feedURL, outlet: feedOutlet(fd.Title)}
	outcomes := make([]itemOutcome, len(todo))
	errs := make([]error, len(todo))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				outcomes[i], errs[i] = w.storeItem(ctx, fi, todo[i])
			}
		}()
	}
	stopped := false
	for i := range todo {
		if stopped || ctx.Err() != nil || !until.IsZero() && time.Now().After(until) {
			stopped = true
			outcomes[i].pending = true
			continue
		}
		next <- i
	}
	close(next)
	wg.Wait()

	var skips []Skip
	for i, o := range outcomes {
		if errs[i] != nil {
			return rep, skips, errs[i]
		}
		switch {
		case o.pending:
			rep.Pending++
		case o.skipped != "":
			rep.Skipped++
			skips = append(skips, Skip{Source: firstNonEmpty(todo[i].Link, todo[i].GUID), Reason: o.skipped})
		case o.result == newsbot.Added:
			rep.Added++
		case o.result == newsbot.Updated:
			rep.Updated++
		case o.result == newsbot.Unchanged:
			rep.Unchanged++
		}
	}
	return rep, skips, ctx.Err()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// storeItem stores one feed item: its own text when it is the full
// article, else the page it links to, falling back to its own text when
// the page has none. The item is recorded as seen unless it is pending.
func (w *Web) storeItem(ctx context.Context, fi feedInfo, it feed.Item) (itemOutcome, error) {
	paras := itemParagraphs(it)
	words := 0
	for _, p := range paras {
		words += len(strings.Fields(p))
	}
	full := !it.Summary && words >= fullTextWords && !truncated(paras)
	var a *newsbot.Article
	var reason string
	if it.Link != "" && !full {
		resp, err := w.Client.Get(ctx, fetch.Request{URL: it.Link, Accept: acceptPage, MaxBytes: fetch.MaxPageBytes})
		if err == nil {
			a, err = w.pageArticle(resp, &it, fi)
		}
		switch code := newsbot.ErrorCode(err); {
		case err == nil:
		case ctx.Err() != nil:
			return itemOutcome{pending: true}, nil
		case code == newsbot.EUNAVAILABLE:
			w.log().Info("feed item page unavailable; will retry", "feed_url", fi.url, "url", it.Link, "err", err)
			return itemOutcome{pending: true}, nil
		default:
			w.log().Info("feed item page unusable", "feed_url", fi.url, "url", it.Link, "err", err)
			reason = newsbot.ErrorMessage(err)
		}
	}
	if a == nil {
		if !full && words < minFallbackWords {
			if reason == "" {
				reason = "the feed gives only a short summary and no link"
			}
			return itemOutcome{skipped: reason}, w.record(ctx, fi.url, it, 0)
		}
		a = w.itemArticle(fi, it, paras)
	}
	res, err := w.Importer.Save(ctx, a)
	if newsbot.ErrorCode(err) == newsbot.EINVALID {
		return itemOutcome{skipped: newsbot.ErrorMessage(err)}, w.record(ctx, fi.url, it, 0)
	}
	if err != nil {
		return itemOutcome{}, fmt.Errorf("store feed item %s: %w", it.GUID, err)
	}
	return itemOutcome{result: res}, w.record(ctx, fi.url, it, a.ID)
}

func (w *Web) record(ctx context.Context, feedURL string, it feed.Item, id newsbot.ArticleID) error {
	if w.Items == nil {
		return nil
	}
	return w.Items.RecordFeedItem(ctx, feedURL, it.GUID, it.Updated, id)
}

// itemArticle is an article made of the feed item's own text.
func (w *Web) itemArticle(fi feedInfo, it feed.Item, paras []string) *newsbot.Article {
	doc := extract.Document{Title: it.Title, Outlet: fi.outlet, Byline: it.Author, Paragraphs: paras,
		Published: firstTime(it.Published, it.Updated)}
	id := itemID(fi.url, it.GUID)
	if it.Link != "" {
		id = CanonicalURL(it.Link)
	}
	a := Article(doc, id, w.now())
	a.GUID = it.GUID
	return a
}

// itemParagraphs is a feed item's text as clean paragraphs: HTML through
// the page extractor (scripts, styles and furniture dropped, entities
// decoded), plain text split at blank lines; both cleaned by extract.Clean.
func itemParagraphs(it feed.Item) []string {
	switch {
	case it.HTML != "":
		doc, err := extract.HTML(strings.NewReader("<html><body><article>"+it.HTML+"</article></body></html>"), it.Link,
			"text/html; charset=utf-8")
		if err != nil {
			return nil
		}
		return doc.Paragraphs
	case it.Text != "":
		kept, _ := extract.Clean(paragraphs(it.Text))
		return kept
	}
	return nil
}

// truncated reports whether the text ends like a teaser: an ellipsis or a
// "Read more" link.
func truncated(paras []string) bool {
	if len(paras) == 0 {
		return true
	}
	last := strings.TrimRight(strings.ToLower(paras[len(paras)-1]), " »›>)]")
	for _, end := range []string{"…", "...", "read more", "continue reading", "full story", "full article"} {
		if strings.HasSuffix(last, end) {
			return true
		}
	}
	return false
}

// Ingest stores what a web address holds: every item of a feed, or one
// article page, for `newsbot ingest URL`. A feed item already stored is
// counted unchanged, so running it again adds nothing.
func (w *Web) Ingest(ctx context.Context, rawURL string) (Summary, error) {
	var sum Summary
	if _, err := fetch.CheckURL(rawURL); err != nil {
		return sum, err
	}
	resp, err := w.Client.Get(ctx, fetch.Request{URL: rawURL, Accept: acceptFeed + ",text/html;q=0.6", MaxBytes: fetch.MaxPageBytes})
	if err != nil {
		return sum, err
	}
	if feed.Sniff(resp.Body, resp.ContentType) == "" {
		a, err := w.pageArticle(resp, nil, feedInfo{})
		if err != nil {
			return sum, err
		}
		res, err := w.Importer.Save(ctx, a)
		if err != nil {
			return sum, err
		}
		sum.count(res)
		return sum, nil
	}
	if len(resp.Body) > fetch.MaxFeedBytes {
		return sum, newsbot.Errorf(newsbot.EINVALID, "That feed is larger than %d MiB, more than I read from one feed.", fetch.MaxFeedBytes>>20)
	}
	fd, err := parseFeed(resp)
	if err != nil {
		return sum, err
	}
	rep, skips, err := w.storeItems(ctx, CanonicalURL(rawURL), fd, time.Time{})
	sum.Added, sum.Updated, sum.Unchanged, sum.Skipped = rep.Added, rep.Updated, rep.Unchanged, skips
	if rep.Pending > 0 {
		sum.skip(rawURL, fmt.Sprintf("%d items could not be fetched just now; run this again later to retry them", rep.Pending))
	}
	return sum, err
}
