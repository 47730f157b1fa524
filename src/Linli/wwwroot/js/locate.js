// Grid report: fill the coordinates from the phone's location when the worker asks for it.
document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest("#g-locate") : null;
    if (!button || !navigator.geolocation) { return; }
    navigator.geolocation.getCurrentPosition(function (p) {
        document.getElementById("g-lat").value = p.coords.latitude.toFixed(6);
        document.getElementById("g-lon").value = p.coords.longitude.toFixed(6);
    }, function () { button.textContent = button.getAttribute("data-failed"); }, { timeout: 10000 });
});
