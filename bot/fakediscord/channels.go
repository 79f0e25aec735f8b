package fakediscord

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"time"
)

// DefaultNonceWindow is how long the fake remembers a message nonce sent
// with enforce_nonce. Discord documents "the past few minutes"; newsbot must
// not rely on more.
const DefaultNonceWindow = 2 * time.Minute

// channels is the fake's memory of posted messages, for nonces and
// channel history, and the channels it refuses.
type channels struct {
	mu          sync.Mutex
	now         func() time.Time
	nonceWindow time.Duration
	posted      map[string][]Posted // by channel, oldest first
	deleted     map[string]bool
	denied      map[string]bool // missing permissions to post
	noHistory   map[string]bool // missing Read Message History
	dms         map[string]string
}

// Posted is a message the fake created in a channel.
type Posted struct {
	ID, ChannelID string
	Nonce         string // as sent; Discord does not return it when listing history
	Created       time.Time
	Body          map[string]any // the message object as returned at creation
}

// Embeds decodes the message's embeds.
func (p Posted) Embeds(v any) error {
	data, err := json.Marshal(p.Body["embeds"])
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

func (s *Server) chans() *channels {
	s.extOnce.Do(func() {
		s.ext = &channels{now: time.Now, nonceWindow: DefaultNonceWindow, posted: map[string][]Posted{},
			deleted: map[string]bool{}, denied: map[string]bool{}, noHistory: map[string]bool{}, dms: map[string]string{}}
	})
	return s.ext
}

// SetClock sets the fake's clock, which decides when a nonce is forgotten.
func (s *Server) SetClock(now func() time.Time) {
	c := s.chans()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = now
}

// SetNonceWindow sets how long a nonce sent with enforce_nonce is
// remembered (DefaultNonceWindow).
func (s *Server) SetNonceWindow(d time.Duration) {
	c := s.chans()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.nonceWindow = d
}

// DeleteChannel makes a channel unknown: posting there fails with 404
// Unknown Channel (code 10003), as after its deletion.
func (s *Server) DeleteChannel(id string) {
	c := s.chans()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.deleted[id] = true
}

// DenyChannel takes the bot's permission to post in a channel: posting
// fails with 403 Missing Permissions (code 50013).
func (s *Server) DenyChannel(id string) {
	c := s.chans()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.denied[id] = true
}

// HideHistory takes the bot's Read Message History permission in a
// channel: listing its messages fails with 403 Missing Access (code 50001).
func (s *Server) HideHistory(id string) {
	c := s.chans()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.noHistory[id] = true
}

// Posted returns the messages created in a channel, oldest first. A post
// answered with an earlier message because of its nonce created nothing.
func (s *Server) Posted(channelID string) []Posted {
	c := s.chans()
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.posted[channelID])
}

// DMChannel is the ID of the DM channel the bot opened with a user, or "".
func (s *Server) DMChannel(userID string) string {
	c := s.chans()
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.dms[userID]
}

var (
	unknownChannel = obj{"message": "Unknown Channel", "code": 10003}
	missingAccess  = obj{"message": "Missing Access", "code": 50001}
	missingPerms   = obj{"message": "Missing Permissions", "code": 50013}
)

// createMessage answers POST /channels/{id}/messages. With a nonce and
// enforce_nonce, a nonce the bot used in the same channel within the
// nonce window returns that message and creates none (API reference:
// Create Message, enforce_nonce).
func (s *Server) createMessage(channel string, body []byte) (int, any, http.Header) {
	c := s.chans()
	var req struct {
		Nonce        json.RawMessage `json:"nonce"`
		EnforceNonce bool            `json:"enforce_nonce"`
	}
	json.Unmarshal(body, &req)
	nonce := ""
	if len(req.Nonce) > 0 {
		if err := json.Unmarshal(req.Nonce, &nonce); err != nil {
			nonce = string(req.Nonce) // an integer nonce
		}
	}
	if len(nonce) > 25 {
		return http.StatusBadRequest, obj{"message": "Invalid Form Body", "code": 50035,
			"errors": obj{"nonce": obj{"_errors": []obj{{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 25 or fewer in length."}}}}}, nil
	}
	c.mu.Lock()
	switch {
	case c.deleted[channel]:
		c.mu.Unlock()
		return http.StatusNotFound, unknownChannel, nil
	case c.denied[channel]:
		c.mu.Unlock()
		return http.StatusForbidden, missingPerms, nil
	}
	now := c.now()
	if nonce != "" && req.EnforceNonce {
		for _, p := range slices.Backward(c.posted[channel]) {
			if p.Nonce == nonce && now.Sub(p.Created) < c.nonceWindow {
				c.mu.Unlock()
				return http.StatusOK, p.Body, nil
			}
		}
	}
	c.mu.Unlock()
	m := s.message(channel, body) // takes s.mu for the ID
	delete(m, "enforce_nonce")
	m["timestamp"] = now.UTC().Format(time.RFC3339Nano)
	c.mu.Lock()
	c.posted[channel] = append(c.posted[channel], Posted{ID: m["id"].(string), ChannelID: channel, Nonce: nonce, Created: now, Body: m})
	c.mu.Unlock()
	return http.StatusOK, m, nil
}

// channelMessages answers GET /channels/{id}/messages?limit=N: the newest
// first, without nonces, as Discord lists history.
func (s *Server) channelMessages(channel, query string) (int, any, http.Header) {
	c := s.chans()
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.deleted[channel]:
		return http.StatusNotFound, unknownChannel, nil
	case c.noHistory[channel]:
		return http.StatusForbidden, missingAccess, nil
	}
	limit := 50
	if q, err := url.ParseQuery(query); err == nil {
		if n, err := strconv.Atoi(q.Get("limit")); err == nil && n >= 1 && n <= 100 {
			limit = n
		}
	}
	out := []obj{}
	for _, p := range slices.Backward(c.posted[channel]) {
		if len(out) == limit {
			break
		}
		m := obj{}
		for k, v := range p.Body {
			if k != "nonce" {
				m[k] = v
			}
		}
		out = append(out, m)
	}
	return http.StatusOK, out, nil
}

// openDM answers POST /users/@me/channels: a DM channel with the recipient.
func (s *Server) openDM(body []byte) (int, any, http.Header) {
	var req struct {
		RecipientID string `json:"recipient_id"`
	}
	if json.Unmarshal(body, &req) != nil || req.RecipientID == "" {
		return http.StatusBadRequest, obj{"message": "Invalid Form Body", "code": 50035}, nil
	}
	c := s.chans()
	c.mu.Lock()
	id, ok := c.dms[req.RecipientID]
	c.mu.Unlock()
	if !ok {
		id = s.id()
		c.mu.Lock()
		c.dms[req.RecipientID] = id
		c.mu.Unlock()
	}
	return http.StatusOK, obj{"id": id, "type": 1, "recipients": []obj{{"id": req.RecipientID, "username": "user" + req.RecipientID, "discriminator": "0"}}}, nil
}

// botUser is what GET /users/@me returns.
func botUser() obj {
	return obj{"id": BotID, "username": "newsbot", "discriminator": "0", "bot": true}
}
