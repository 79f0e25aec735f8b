package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"

	"github.com/newsbot-dev/newsbot/ingest/extract"
)

// BundleEntry describes one article of a bundled archive (manifest.json).
type BundleEntry struct {
	File    string `json:"file"`
	ID      string `json:"id"`  // stable identifier when there is no URL
	URL     string `json:"url"` // the original web address, when known
	Outlet  string `json:"outlet"`
	License string `json:"license"`
}

// Bundle ingests a bundled archive: manifest.json plus the plain-text files
// it names, each parsed like any other text file, with the manifest's
// outlet and address.
func (im *Importer) Bundle(ctx context.Context, fsys fs.FS) (Summary, error) {
	var sum Summary
	data, err := fs.ReadFile(fsys, "manifest.json")
	if err != nil {
		return sum, fmt.Errorf("read bundle manifest: %w", err)
	}
	var entries []BundleEntry
	if err := json.Unmarshal(data, &entries); err != nil {
		return sum, fmt.Errorf("parse bundle manifest: %w", err)
	}
	for _, e := range entries {
		text, err := fs.ReadFile(fsys, e.File)
		if err != nil {
			return sum, fmt.Errorf("read bundled %s: %w", e.File, err)
		}
		doc := extract.Text(string(text))
		if e.Outlet != "" {
			doc.Outlet = e.Outlet
		}
		id := e.ID
		if e.URL != "" {
			id = CanonicalURL(e.URL)
		}
		if err := im.document(ctx, doc, e.File, id, &sum); err != nil {
			return sum, err
		}
	}
	return sum, nil
}
