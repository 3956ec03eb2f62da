// Crossforce public portal: everything here improves a page that already works without it.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-focus]');
    if (summary) { summary.focus(); }
    document.querySelectorAll('[data-map]').forEach(map);
    document.querySelectorAll('form[data-upload]').forEach(upload);
    document.querySelectorAll('form[data-proof]').forEach(proof);
    document.querySelectorAll('[data-prevent-double-click]').forEach(function (button) {
      button.form && button.form.addEventListener('submit', function () {
        setTimeout(function () { button.disabled = true; }, 0);
      });
    });
  });

  // A map of the forces' areas, drawn from Crossforce alone: a click puts the pin there.
  function map(element) {
    if (!window.L) { return; }
    var group = element.closest('[data-map-pick]') || element.parentElement;
    var form = element.closest('form');
    var lat = form.querySelector('input[data-lat]');
    var lon = form.querySelector('input[data-lon]');
    element.classList.add('cf-map--on');
    group.classList.add('cf-map--on');
    var m = L.map(element, { attributionControl: true }).setView([53.0, -1.8], 6);
    m.attributionControl.setPrefix('');
    m.attributionControl.addAttribution('Force areas: data.police.uk, Open Government Licence v3.0');
    var pin = null;
    function place(at) {
      if (pin) { pin.setLatLng(at); } else {
        pin = L.marker(at, { draggable: true, keyboard: true, title: 'The place' }).addTo(m);
        pin.on('dragend', function () { place(pin.getLatLng()); });
      }
      lat.value = at.lat.toFixed(6);
      lon.value = at.lng.toFixed(6);
    }
    fetch(element.ownerDocument.location.origin + '/public/map/forces.json').then(function (r) { return r.json(); })
      .then(function (json) {
        L.geoJSON(json, { style: { color: '#1d70b8', weight: 1, fillOpacity: 0.05 },
          onEachFeature: function (f, layer) { layer.bindTooltip(f.properties.name, { sticky: true }); } })
          .on('click', function (e) { place(e.latlng); }).addTo(m);
      });
    m.on('click', function (e) { place(e.latlng); });
    if (element.dataset.lat && element.dataset.lon) {
      var at = L.latLng(parseFloat(element.dataset.lat), parseFloat(element.dataset.lon));
      m.setView(at, 12);
      if (element.hasAttribute('data-map-move')) { place(at); }
    }
  }

  // Sends the files with a progress bar; the server's answer is then shown as it would have been.
  function upload(form) {
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type=file]');
      if (!input || !input.files.length || !window.XMLHttpRequest) { return; }
      event.preventDefault();
      var box = form.querySelector('[data-progress]');
      var bar = box.querySelector('progress');
      var text = box.querySelector('[data-progress-text]');
      box.hidden = false;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          var percent = Math.round(100 * e.loaded / e.total);
          bar.value = percent;
          text.textContent = percent + '% sent';
        }
      });
      xhr.addEventListener('load', function () {
        document.open();
        document.write(xhr.responseText);
        document.close();
        if (xhr.responseURL) { history.replaceState(null, '', xhr.responseURL); }
        document.dispatchEvent(new Event('DOMContentLoaded'));
      });
      xhr.addEventListener('error', function () {
        text.textContent = 'Sending failed. Check your connection and try again.';
      });
      xhr.send(new FormData(form));
    });
  }

  // The small proof of work that stands in for a CAPTCHA: found while the reader checks the answers.
  function proof(form) {
    var challenge = form.dataset.challenge;
    var bits = parseInt(form.dataset.bits, 10);
    var nonceField = form.querySelector('[data-nonce]');
    if (!challenge || !window.crypto || !crypto.subtle || !window.TextEncoder) { return; }
    var encoder = new TextEncoder();
    var nonce = 0;
    function zeroBits(bytes) {
      var n = 0;
      for (var i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0) { n += 8; continue; }
        return n + Math.clz32(bytes[i]) - 24;
      }
      return n;
    }
    function next() {
      var batch = [];
      for (var i = 0; i < 256; i++, nonce++) {
        batch.push(crypto.subtle.digest('SHA-256', encoder.encode(challenge + ':' + nonce)));
      }
      var start = nonce - 256;
      Promise.all(batch).then(function (hashes) {
        for (var j = 0; j < hashes.length; j++) {
          if (zeroBits(new Uint8Array(hashes[j])) >= bits) { nonceField.value = String(start + j); return; }
        }
        next();
      });
    }
    next();
  }
})();
