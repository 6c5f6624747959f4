// Nur in der Vorschau (mvn -Ppreview package), nie auf der veröffentlichten Website:
// lädt die Seite neu, sobald die Vorschau nach dem Speichern neu gebaut ist.
(function () {
  'use strict';
  var script = document.currentScript;
  var stand = script ? script.getAttribute('data-stand') : null;
  if (!window.EventSource || stand === null) {
    return;
  }
  var quelle = new EventSource('/__vorschau/ereignisse');
  quelle.onmessage = function (ereignis) {
    if (ereignis.data !== stand) {
      quelle.close();
      window.location.reload();
    }
  };
}());
