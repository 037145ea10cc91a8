// The element entry registers <waypost-tracker>; the catalog, the preset and the feature module are chunks Vite emits.
import '@waypost/widget/element';
