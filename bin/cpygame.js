#!/usr/bin/env node
require('../dist/cpygame.js');
