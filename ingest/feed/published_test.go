package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
	"time"
)

// TestPublishedKeepsTheFeedsOffset: an item's date keeps the offset the
// feed wrote it with, so the archive dates it as the outlet did; and an
// item with neither guid nor link keeps the identity it was given when
// dates were kept in UTC, so that no item already seen comes back as new.
// Written for this test.
func TestPublishedKeepsTheFeedsOffset(t *testing.T) {
	const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Eastport Ledger</title>
<link>https://ledger.example/</link>
<item><title>Council votes to rebuild pier</title>
<description>The harbor council voted late on Tuesday to rebuild the north pier.</description>
<pubDate>Tue, 01 Dec 2026 21:30:00 -0500</pubDate></item>
<item><title>Bids due in January</title><link>https://ledger.example/bids</link>
<pubDate>Wed, 02 Dec 2026 03:00:00 GMT</pubDate></item>
</channel></rss>`
	f, err := Parse([]byte(rss), "https://ledger.example/feed", "application/rss+xml")
	if err != nil || len(f.Items) != 2 {
		t.Fatalf("Parse = %+v, %v", f, err)
	}
	it := f.Items[0]
	if _, off := it.Published.Zone(); off != -5*3600 || it.Published.Format("2 Jan 2006 15:04") != "1 Dec 2026 21:30" {
		t.Errorf("published %v; want 21:30 on 1 December at -05:00", it.Published)
	}
	sum := sha256.Sum256([]byte(it.Title + "\x00" + "2026-12-02T02:30:00Z" + "\x00" + "The harbor council voted late on Tuesday to rebuild the north pier."))
	if want := "sha256:" + hex.EncodeToString(sum[:12]); it.GUID != want {
		t.Errorf("GUID = %q; want %q, the identity of the UTC date", it.GUID, want)
	}
	if got := f.Items[1].Published; got.Location() != time.UTC || got.Hour() != 3 {
		t.Errorf("GMT date = %v; want 03:00 UTC", got)
	}
}
