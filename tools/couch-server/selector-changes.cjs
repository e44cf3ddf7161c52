/**
 * Preloaded into the test server (`node --require`): pouchdb-server 4.2.0 does not read the
 * selector of `POST /{db}/_changes?filter=_selector` — CouchDB 2+'s and Cloudant's filtered
 * change feed, which a CSM's pull uses — from the request body (its route takes only `doc_ids`
 * there), so PouchDB looks for a design document called `_selector` and the server crashes.
 * PouchDB itself filters a change feed by a `selector`; this hands it the body's. Nothing else
 * of the server changes.
 */
'use strict';
const path = require('node:path');

const routeFile = require.resolve(path.join(__dirname, 'node_modules', 'express-pouchdb', 'lib', 'routes', 'changes.js'));
const utils = require(path.join(__dirname, 'node_modules', 'express-pouchdb', 'lib', 'utils.js'));
const register = require(routeFile);

require.cache[routeFile].exports = function registerWithSelector(app) {
  app.post('/:db/_changes', utils.jsonParser, (req, res, next) => {
    const selector = req.body && req.body.selector;
    if (req.query.filter === '_selector') {
      if (!selector || typeof selector !== 'object') {
        return utils.sendJSON(res, 400, { error: 'bad_request', reason: 'Selector must be specified in POST payload' });
      }
      req.query.selector = selector;
    }
    next();
  });
  register(app);
};
